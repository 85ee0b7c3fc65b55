using System.Net;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

[Collection(StackCollection.Name)]
public sealed class CrossingPointTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task The_admin_registers_unofficial_points_that_crossings_can_then_use()
    {
        var admin = stack.Tokens.Mint("admin");
        var code = "P" + Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        var point = new JsonObject { ["postCode"] = "BEL", ["code"] = code, ["name"] = "Lascahobas route" };
        foreach (var token in new[] { stack.Tokens.Mint("officer", "BEL"), stack.Tokens.Mint("supervisor", "BEL"), stack.Tokens.Mint("hq") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostJsonAsync("/api/crossings/points", token, point)).StatusCode);
        }
        var bad = await _client.PostJsonAsync("/api/crossings/points", admin, new JsonObject { ["postCode"] = "XXX", ["code"] = "a b", ["name"] = "" });
        Assert.Equal(["code", "name", "postCode"], (await bad.ProblemAsync()).ErrorFields());
        var created = await _client.PostJsonAsync("/api/crossings/points", admin, point);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostJsonAsync("/api/crossings/points", admin, point)).StatusCode);

        var officer = stack.Tokens.Mint("officer", "BEL");
        var mine = await (await _client.SendAsync(HttpMethod.Get, "/api/crossings/points", officer)).Content.ReadAsStringAsync();
        Assert.Contains($"BEL-{code}", mine);
        var crossing = Api.Crossing(Api.Day(2), "BEL");
        crossing["crossingPoint"] = $"BEL-{code}";
        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(officer, crossing)).StatusCode);
    }
}
