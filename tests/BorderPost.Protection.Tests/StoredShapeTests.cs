using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderPost.Protection.Tests;

/// <summary>The referred person was once a shared type; protection now owns it. Stored events must read the same.</summary>
public class StoredShapeTests
{
    private static readonly JsonSerializerOptions AsStored = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private const string StoredPerson =
        """{"surname":"","givenNames":"","sex":"F","dateOfBirth":"2018-04-02","estimatedAge":null,"nationality":null}""";

    [Fact]
    public void A_referred_person_is_written_as_before_and_an_old_one_reads_back()
    {
        var person = new ReferredPerson("", "", "F", new DateOnly(2018, 4, 2), null, null);

        Assert.Equal(StoredPerson, JsonSerializer.Serialize(person, AsStored));
        Assert.Equal(person, JsonSerializer.Deserialize<ReferredPerson>(StoredPerson, AsStored));
    }
}
