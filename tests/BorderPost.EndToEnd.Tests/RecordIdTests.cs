using System.Net;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

/// <summary>
/// Ids in addresses and bodies: the all-zero GUID is no record's id (with a valid body, every step on a record answers it
/// as an unknown id), and a correction's body cannot name another record than its address.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class RecordIdTests(BorderPostStack stack)
{
    private static readonly Guid Zero = Guid.Empty;
    private readonly HttpClient _client = stack.CreateClient();

    public static TheoryData<string> Steps =>
    [
        "/api/crossings/{id}/void", "/api/crossings/{id}/corrections",
        "/api/arrests/{id}/corrections", "/api/arrests/{id}/transfer", "/api/arrests/{id}/release",
        "/api/referrals/{id}/acknowledge", "/api/referrals/{id}/handover", "/api/referrals/{id}/close", "/api/referrals/{id}/reassign",
    ];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_step_on_the_all_zero_id_is_a_404_problem_not_a_500(string step)
    {
        var (token, body) = Request(step);

        var response = await _client.PostJsonAsync(step.Replace("{id}", Zero.ToString(), StringComparison.Ordinal), token, body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull((await response.ProblemAsync())["title"]);
    }

    [Fact]
    public async Task A_correction_whose_body_names_another_record_is_a_400_naming_the_id()
    {
        var officer = stack.Tokens.Mint("officer", "MAL");
        var crossing = Api.Crossing(Api.Day(7), "MAL");
        await _client.RecordAsync(officer, crossing);
        var arrest = ProtectionApi.Arrest(Api.Day(7), "MAL");
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/arrests", officer, arrest)).StatusCode);

        var otherCrossing = Api.Crossing(Api.Day(7), "MAL", direction: "exit");
        var crossingCorrection = await _client.PostJsonAsync($"/api/crossings/{crossing["id"]}/corrections", officer,
            new JsonObject { ["crossing"] = otherCrossing, ["reason"] = "sens inversé" });
        var otherArrest = ProtectionApi.Arrest(Api.Day(7), "MAL");
        var arrestCorrection = await _client.PostJsonAsync($"/api/arrests/{arrest["id"]}/corrections", officer,
            new JsonObject { ["arrest"] = otherArrest, ["reason"] = "erreur de saisie" });

        Assert.Equal(HttpStatusCode.BadRequest, crossingCorrection.StatusCode);
        Assert.Equal(["crossing.id"], (await crossingCorrection.ProblemAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.BadRequest, arrestCorrection.StatusCode);
        Assert.Equal(["arrest.id"], (await arrestCorrection.ProblemAsync()).ErrorFields());
    }

    // Bodies the endpoints accept: each would go on to look the record up.
    private (string Token, JsonNode? Body) Request(string step)
    {
        var now = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");
        var officer = stack.Tokens.Mint("officer", "MAL");
        var supervisor = stack.Tokens.Mint("supervisor", "MAL");
        var ibesr = stack.Tokens.Mint("protection", agency: "IBESR-OU");
        return step switch
        {
            "/api/crossings/{id}/void" => (supervisor, new JsonObject { ["reason"] = "doublon" }),
            "/api/crossings/{id}/corrections" => (officer,
                new JsonObject { ["crossing"] = Api.Crossing(Api.Day(8), "MAL", id: Zero), ["reason"] = "sens inversé" }),
            "/api/arrests/{id}/corrections" => (officer,
                new JsonObject { ["arrest"] = ProtectionApi.Arrest(Api.Day(8), "MAL", id: Zero), ["reason"] = "erreur de saisie" }),
            "/api/arrests/{id}/transfer" => (officer, new JsonObject { ["to"] = "prosecutor", ["receivedBy"] = "Substitut Augustin", ["transferredAt"] = now }),
            "/api/arrests/{id}/release" => (officer, new JsonObject { ["reason"] = "Libéré", ["releasedAt"] = now }),
            "/api/referrals/{id}/acknowledge" => (ibesr, null),
            "/api/referrals/{id}/handover" => (ibesr, new JsonObject { ["place"] = "Bureau IBESR", ["handedOverAt"] = now, ["receivingPerson"] = "Mme Charles" }),
            "/api/referrals/{id}/close" => (ibesr, new JsonObject { ["outcome"] = "family_reunified", ["note"] = "Mère retrouvée" }),
            _ => (ibesr, new JsonObject { ["agency"] = "IBESR-NE", ["reason"] = "Famille à Fort-Liberté" }),
        };
    }
}
