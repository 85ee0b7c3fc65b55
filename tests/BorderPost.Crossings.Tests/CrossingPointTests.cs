using System.Net;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.Crossings.Tests;

public sealed class CrossingPointTests(CrossingsFactory service) : IClassFixture<CrossingsFactory>
{
    private readonly HttpClient _client = service.CreateClient();

    [Fact]
    public async Task The_admin_registers_unofficial_points_that_crossings_can_then_use()
    {
        var admin = service.Mint("admin");
        var code = "P" + Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        var point = new JsonObject { ["postCode"] = "BEL", ["code"] = code, ["name"] = "Lascahobas route" };
        foreach (var token in new[] { service.Mint("officer", "BEL"), service.Mint("supervisor", "BEL"), service.Mint("hq") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostJsonAsync("/api/crossings/points", token, point)).StatusCode);
        }
        var bad = await _client.PostJsonAsync("/api/crossings/points", admin, new JsonObject { ["postCode"] = "XXX", ["code"] = "a b", ["name"] = "" });
        Assert.Equal(["code", "name", "postCode"], (await bad.ProblemAsync()).ErrorFields());
        var created = await _client.PostJsonAsync("/api/crossings/points", admin, point);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostJsonAsync("/api/crossings/points", admin, point)).StatusCode);

        var officer = service.Mint("officer", "BEL");
        var mine = await (await _client.SendAsync(HttpMethod.Get, "/api/crossings/points", officer)).Content.ReadAsStringAsync();
        Assert.Contains($"BEL-{code}", mine);
        var crossing = Api.Crossing(Api.Day(2), "BEL");
        crossing["crossingPoint"] = $"BEL-{code}";
        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(officer, crossing)).StatusCode);
    }
}
