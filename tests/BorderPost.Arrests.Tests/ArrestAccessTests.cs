using System.Net;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.Arrests.Tests;

/// <summary>Every arrest endpoint, for every role and for another post.</summary>
public sealed class ArrestAccessTests(ArrestsFactory service) : IClassFixture<ArrestsFactory>
{
    private readonly HttpClient _client = service.CreateClient();

    private string Officer(string post) => service.Mint("officer", post);
    private string Supervisor(string post) => service.Mint("supervisor", post);
    private string Protection(string agency) => service.Mint("protection", agency: agency);
    private string Hq => service.Mint("hq");
    private string Admin => service.Mint("admin");

    [Fact]
    public async Task Arrests_are_for_the_post_that_made_them()
    {
        var arrest = ProtectionApi.Arrest(Api.Day(63), "OUA");
        var id = (string)arrest["id"]!;
        foreach (var token in new[] { Hq, Admin, Protection("IBESR-NE"), Officer("MAL"), Supervisor("MAL") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostJsonAsync("/api/arrests", token, arrest)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.PostJsonAsync("/api/arrests", null!, arrest)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/arrests", Officer("OUA"), arrest)).StatusCode);

        var release = new JsonObject { ["reason"] = "x", ["releasedAt"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O") };
        var transfer = new JsonObject { ["to"] = "prosecutor", ["receivedBy"] = "x", ["transferredAt"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O") };
        var correction = new JsonObject { ["arrest"] = arrest.DeepClone(), ["reason"] = "x" };
        foreach (var token in new[] { Hq, Admin, Protection("IBESR-NE") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/api/arrests/{id}", token)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, "/api/arrests?post=OUA", token)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostJsonAsync($"/api/arrests/{id}/release", token, release)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostJsonAsync($"/api/arrests/{id}/transfer", token, transfer)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostJsonAsync($"/api/arrests/{id}/corrections", token, correction)).StatusCode);
        }
        // Another post's officer: the arrest does not exist for them, and their list of Ouanaminthe is refused.
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Get, $"/api/arrests/{id}", Officer("MAL"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, "/api/arrests?post=OUA", Officer("MAL"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostJsonAsync($"/api/arrests/{id}/release", Officer("MAL"), release)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostJsonAsync($"/api/arrests/{id}/transfer", Officer("MAL"), transfer)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostJsonAsync($"/api/arrests/{id}/corrections", Officer("MAL"), correction)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Get, $"/api/arrests/{id}", Supervisor("OUA"))).StatusCode);
        var day = Api.Day(63);
        var list = await _client.GetJsonAsync($"/api/arrests?post=OUA&day={day:yyyy-MM-dd}", Officer("OUA"));
        Assert.Contains(list["items"]!.AsArray(), a => (string)a!["id"]! == id);
    }
}
