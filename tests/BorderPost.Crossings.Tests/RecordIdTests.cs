using System.Net;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.Crossings.Tests;

/// <summary>The all-zero GUID is no crossing's id, and a correction's body cannot name another crossing than its address.</summary>
public sealed class RecordIdTests(CrossingsFactory service) : IClassFixture<CrossingsFactory>
{
    private static readonly Guid Zero = Guid.Empty;
    private readonly HttpClient _client = service.CreateClient();
    private static string Now => DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");

    public static TheoryData<string> Steps => ["/api/crossings/{id}/void", "/api/crossings/{id}/corrections"];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_step_on_the_all_zero_id_is_a_404_problem_not_a_500(string step)
    {
        var (token, body) = Request(step);
        await _client.AssertStepOnZeroIdIsNotFoundAsync(step, token, body);
    }

    [Fact]
    public async Task A_correction_whose_body_names_another_crossing_is_a_400_naming_the_id()
    {
        var officer = service.Mint("officer", "MAL");
        var crossing = Api.Crossing(Api.Day(7), "MAL");
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/crossings", officer, crossing)).StatusCode);

        var correction = await _client.PostJsonAsync($"/api/crossings/{crossing["id"]}/corrections", officer,
            new JsonObject { ["crossing"] = Api.Crossing(Api.Day(7), "MAL", direction: "exit"), ["reason"] = "sens inversé" });

        Assert.Equal(HttpStatusCode.BadRequest, correction.StatusCode);
        Assert.Equal(["crossing.id"], (await correction.ProblemAsync()).ErrorFields());
    }

    // Bodies the endpoints accept: each would go on to look the record up.
    private (string Token, JsonNode? Body) Request(string step) => step switch
    {
        "/api/crossings/{id}/void" => (service.Mint("supervisor", "MAL"), new JsonObject { ["reason"] = "doublon" }),
        _ => (service.Mint("officer", "MAL"), new JsonObject { ["crossing"] = Api.Crossing(Api.Day(8), "MAL", id: Zero), ["reason"] = "sens inversé" }),
    };
}
