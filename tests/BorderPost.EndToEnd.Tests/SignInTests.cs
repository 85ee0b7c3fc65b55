using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderPost.EndToEnd.Tests.Infrastructure;

namespace BorderPost.EndToEnd.Tests;

[Collection(StackCollection.Name)]
public sealed class SignInTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task A_token_carries_role_and_post_and_expires_soon()
    {
        var response = await _client.PostAsJsonAsync("/api/auth/token", new { username = "supervisor.oua", password = BorderPostStack.DemoPassword });
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange((int)body["expires_in"]!, 60, 3600);
        var me = await _client.SendAsync(HttpMethod.Get, "/api/auth/me", (string?)body["access_token"]);
        var who = (await me.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("supervisor", (string?)who["role"]);
        Assert.Equal("OUA", (string?)who["post"]);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        for (var i = 0; i < 5; i++)
        {
            var wrong = await _client.PostAsJsonAsync("/api/auth/token", new { username = "protection.ibesr", password = "wrong" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        var right = await _client.PostAsJsonAsync("/api/auth/token", new { username = "protection.ibesr", password = BorderPostStack.DemoPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("verrouillé", (string?)(await right.ProblemAsync())["title"]);
        await stack.ReseedDemoUsersAsync(); // the other tests sign in as this user
    }

    [Fact]
    public async Task Concurrent_wrong_passwords_are_all_counted()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            _client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "guess" })));
        var right = await _client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = BorderPostStack.DemoPassword });

        Assert.All(attempts, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        await stack.ReseedDemoUsersAsync();
    }

    [Fact]
    public async Task Missing_credentials_are_a_400_naming_the_fields()
    {
        var response = await _client.PostAsJsonAsync("/api/auth/token", new { username = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["password", "username"], (await response.ProblemAsync()).ErrorFields());
    }
}
