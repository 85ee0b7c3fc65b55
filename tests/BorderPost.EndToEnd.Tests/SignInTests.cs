using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderPost.Testing;

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

    // Each test signs in from addresses of its own (TEST-NET-3), forwarded through the gateway as a browser's would be.
    private Task<HttpResponseMessage> SignInFromAsync(string address, string username, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { username, password }) };
        request.Headers.Add("X-Forwarded-For", address);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task Twenty_wrong_passwords_then_the_right_one_is_accepted_after_the_announced_wait_and_a_burst_of_guesses_is_429()
    {
        const string address = "203.0.113.10";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await SignInFromAsync(address, "protection.ibesr", "wrong")).StatusCode);
        }
        var burst = await Task.WhenAll(Enumerable.Range(0, 80).Select(_ => SignInFromAsync(address, "protection.ibesr", "wrong")));
        var early = await SignInFromAsync(address, "protection.ibesr", BorderPostStack.DemoPassword);

        Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.All(burst, r => Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, early.StatusCode);
        var wait = early.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(wait.TotalSeconds, 1, 60);
        Assert.Contains($"{(int)wait.TotalSeconds} s", (string?)(await early.ProblemAsync())["title"]);

        await Task.Delay(wait + TimeSpan.FromMilliseconds(300));
        var right = await SignInFromAsync(address, "protection.ibesr", BorderPostStack.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Guesses_from_elsewhere_never_delay_the_owner_and_are_listed_for_admins()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SignInFromAsync("203.0.113.20", "protection.cnltp", "guess")));
        var more = await SignInFromAsync("203.0.113.20", "protection.cnltp", BorderPostStack.DemoPassword);
        var owner = await SignInFromAsync("203.0.113.21", "protection.cnltp", BorderPostStack.DemoPassword);

        // Concurrent guesses are all counted: past the free ones, the rest wait.
        Assert.All(attempts, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
        Assert.Equal(6, attempts.Count(r => r.StatusCode == HttpStatusCode.Unauthorized)); // five free, the sixth starts the wait
        Assert.Equal(HttpStatusCode.TooManyRequests, more.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);

        var list = await _client.SendAsync(HttpMethod.Get, "/api/users/sign-in-attempts?user=protection.cnltp", await stack.Tokens.SignInAsync("admin"));
        var listed = (await list.Content.ReadFromJsonAsync<JsonArray>())!;
        var mine = listed.Where(a => (string?)a!["address"] == "203.0.113.20").ToList();
        Assert.Contains(mine, a => (string?)a!["outcome"] == "wrong_password");
        Assert.Contains(mine, a => (string?)a!["outcome"] == "throttled" && (int?)a["waitSeconds"] > 0);
        Assert.Contains(listed, a => (string?)a!["outcome"] == "signed_in" && (string?)a["address"] == "203.0.113.21");
        var forbidden = await _client.SendAsync(HttpMethod.Get, "/api/users/sign-in-attempts", await stack.Tokens.SignInAsync("supervisor.oua"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task A_restart_of_identity_never_resets_a_demo_account_someone_changed()
    {
        var analyst = await stack.Tokens.SignInAsync("hq.analyst");
        Assert.Equal(HttpStatusCode.NoContent, (await _client.PostJsonAsync("/api/auth/password", analyst,
            new JsonObject { ["currentPassword"] = BorderPostStack.DemoPassword, ["newPassword"] = "mot-de-passe-de-l-analyste" })).StatusCode);

        // A second Identity process starting on the same database, as a restart would (the stack's own keeps serving).
        await using (var restarted = new ServiceHost("BorderPost.Identity", Identity.IdentityApp.Build, FreePort.Next(), new(stack.Identity.Settings)))
        {
            await restarted.StartAsync();
        }

        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInFromAsync("203.0.113.50", "hq.analyst", BorderPostStack.DemoPassword)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await SignInFromAsync("203.0.113.50", "hq.analyst", "mot-de-passe-de-l-analyste")).StatusCode);
        }
        finally
        {
            // The other tests sign in with the demo password.
            var own = await stack.Tokens.SignInAsync("hq.analyst", "mot-de-passe-de-l-analyste");
            await _client.PostJsonAsync("/api/auth/password", own,
                new JsonObject { ["currentPassword"] = "mot-de-passe-de-l-analyste", ["newPassword"] = BorderPostStack.DemoPassword });
        }
    }

    [Fact]
    public async Task Missing_credentials_are_a_400_naming_the_fields()
    {
        var response = await _client.PostAsJsonAsync("/api/auth/token", new { username = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["password", "username"], (await response.ProblemAsync()).ErrorFields());
    }
}
