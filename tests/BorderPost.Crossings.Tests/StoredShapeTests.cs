using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderPost.Crossings.Tests;

/// <summary>The travel document was once a shared type; crossings now own it. Stored events must read the same.</summary>
public class StoredShapeTests
{
    private static readonly JsonSerializerOptions AsStored = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private const string StoredDocument = """{"type":"IdCard","number":"X1","issuingCountry":"DOM","expiryDate":null}""";

    [Fact]
    public void A_travel_document_is_written_as_before_and_an_old_one_reads_back()
    {
        var document = new TravelDocument(DocumentType.IdCard, "X1", "DOM", null);

        Assert.Equal(StoredDocument, JsonSerializer.Serialize(document, AsStored));
        Assert.Equal(document, JsonSerializer.Deserialize<TravelDocument>(StoredDocument, AsStored));
    }
}
