using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderPost.Arrests.Tests;

/// <summary>
/// The suspect's person and document were once shared types; arrests now own them. Events already stored must read the
/// same: this is the JSON the event store wrote before (camel case, enums as names).
/// </summary>
public class StoredShapeTests
{
    private static readonly JsonSerializerOptions AsStored = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private const string StoredSuspect =
        """{"person":{"surname":"DORVAL","givenNames":"Jacques","sex":"M","dateOfBirth":null,"estimatedAge":40,"nationality":"HTI"},"document":{"type":"Passport","number":"RD123","issuingCountry":"HTI","expiryDate":"2030-01-31"},"identifyingMarks":""}""";

    [Fact]
    public void A_suspect_is_written_as_before_and_an_old_one_reads_back()
    {
        var suspect = new Suspect(new ArrestedPerson("DORVAL", "Jacques", "M", null, 40, "HTI"),
            new CarriedDocument(DocumentType.Passport, "RD123", "HTI", new DateOnly(2030, 1, 31)), "");

        Assert.Equal(StoredSuspect, JsonSerializer.Serialize(suspect, AsStored));
        Assert.Equal(suspect, JsonSerializer.Deserialize<Suspect>(StoredSuspect, AsStored));
    }
}
