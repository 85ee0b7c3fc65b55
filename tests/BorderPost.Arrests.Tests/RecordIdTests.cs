using System.Net;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.Arrests.Tests;

/// <summary>The all-zero GUID is no arrest's id, and a correction's body cannot name another arrest than its address.</summary>
public sealed class RecordIdTests(ArrestsFactory service) : IClassFixture<ArrestsFactory>
{
    private static readonly Guid Zero = Guid.Empty;
    private readonly HttpClient _client = service.CreateClient();
    private static string Now => DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");

    public static TheoryData<string> Steps => ["/api/arrests/{id}/corrections", "/api/arrests/{id}/transfer", "/api/arrests/{id}/release"];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_step_on_the_all_zero_id_is_a_404_problem_not_a_500(string step)
    {
        var (token, body) = Request(step);
        await _client.AssertStepOnZeroIdIsNotFoundAsync(step, token, body);
    }

    [Fact]
    public async Task A_correction_whose_body_names_another_arrest_is_a_400_naming_the_id()
    {
        var officer = service.Mint("officer", "MAL");
        var arrest = ProtectionApi.Arrest(Api.Day(7), "MAL");
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/arrests", officer, arrest)).StatusCode);

        var correction = await _client.PostJsonAsync($"/api/arrests/{arrest["id"]}/corrections", officer,
            new JsonObject { ["arrest"] = ProtectionApi.Arrest(Api.Day(7), "MAL"), ["reason"] = "erreur de saisie" });

        Assert.Equal(HttpStatusCode.BadRequest, correction.StatusCode);
        Assert.Equal(["arrest.id"], (await correction.ProblemAsync()).ErrorFields());
    }

    // Bodies the endpoints accept: each would go on to look the record up.
    private (string Token, JsonNode? Body) Request(string step) => (service.Mint("officer", "MAL"), step switch
    {
        "/api/arrests/{id}/corrections" => new JsonObject { ["arrest"] = ProtectionApi.Arrest(Api.Day(8), "MAL", id: Zero), ["reason"] = "erreur de saisie" },
        "/api/arrests/{id}/transfer" => new JsonObject { ["to"] = "prosecutor", ["receivedBy"] = "Substitut Augustin", ["transferredAt"] = Now },
        _ => new JsonObject { ["reason"] = "Libéré", ["releasedAt"] = Now },
    });
}
