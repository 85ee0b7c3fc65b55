using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

[Collection(StackCollection.Name)]
public sealed class UserAdminTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    private async Task<HttpStatusCode> SignInStatusAsync(string username, string password) =>
        (await _client.PostAsJsonAsync("/api/auth/token", new { username, password })).StatusCode;

    [Fact]
    public async Task The_admin_creates_changes_disables_and_resets_users_and_nobody_else_can()
    {
        var admin = await stack.Tokens.SignInAsync("admin");
        var name = "agent." + Guid.NewGuid().ToString("N")[..8];
        var user = new JsonObject { ["username"] = name, ["displayName"] = "Agent Jean", ["role"] = "officer", ["post"] = "mal", ["password"] = "premier-mot-de-passe" };

        foreach (var other in new[] { stack.Tokens.Mint("officer", "MAL"), stack.Tokens.Mint("supervisor", "MAL"), stack.Tokens.Mint("hq"), stack.Tokens.Mint("protection", agency: "CNLTP") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostJsonAsync("/api/users", other, user)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, "/api/users", other)).StatusCode);
        }
        var bad = await _client.PostJsonAsync("/api/users", admin,
            new JsonObject { ["username"] = "X", ["displayName"] = "", ["role"] = "protection", ["post"] = "OUA", ["agency"] = "UNICEF", ["password"] = "court" });
        Assert.Equal(["agency", "displayName", "password", "post", "username"], (await bad.ProblemAsync()).ErrorFields());

        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/users", admin, user)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostJsonAsync("/api/users", admin, user)).StatusCode);
        var users = JsonNode.Parse(await (await _client.SendAsync(HttpMethod.Get, "/api/users", admin)).Content.ReadAsStringAsync())!.AsArray();
        var created = users.Single(u => (string)u!["username"]! == name)!;
        Assert.Equal(("officer", "MAL"), ((string)created["role"]!, (string)created["post"]!));
        Assert.DoesNotContain("passwordHash", users.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        // The new officer signs in and works for Malpasse; moved to Belladère, their next token says so.
        var token = await stack.Tokens.SignInAsync(name, "premier-mot-de-passe");
        Assert.Equal("MAL", (string)(await _client.GetJsonAsync("/api/auth/me", token))["post"]!);
        var moved = await _client.PostJsonAsync($"/api/users/{name}/update", admin,
            new JsonObject { ["displayName"] = "Agent Jean", ["role"] = "supervisor", ["post"] = "BEL" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        token = await stack.Tokens.SignInAsync(name, "premier-mot-de-passe");
        Assert.Equal(("supervisor", "BEL"), ((string)(await _client.GetJsonAsync("/api/auth/me", token))["role"]!, (string)(await _client.GetJsonAsync("/api/auth/me", token))["post"]!));

        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/users/{name}/disable", admin, null)).StatusCode);
        var refused = await _client.PostAsJsonAsync("/api/auth/token", new { username = name, password = "premier-mot-de-passe" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("désactivé", (string)(await refused.ProblemAsync())["title"]!);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/users/{name}/enable", admin, null)).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await _client.PostJsonAsync($"/api/users/{name}/password", admin, new JsonObject { ["password"] = "court" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/users/{name}/password", admin, new JsonObject { ["password"] = "deuxieme-mot-de-passe" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(name, "premier-mot-de-passe"));
        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(name, "deuxieme-mot-de-passe"));

        // The password the admin set opens nothing but its change by the owner: the admin cannot act as them with it.
        var reset = await stack.Tokens.SignInAsync(name, "deuxieme-mot-de-passe");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(HttpMethod.Get, "/api/auth/me", reset)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(HttpMethod.Get, "/api/crossings?post=BEL", reset)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.PostJsonAsync("/api/auth/password", reset,
            new JsonObject { ["currentPassword"] = "deuxieme-mot-de-passe", ["newPassword"] = "troisieme-mot-de-passe" })).StatusCode);
        var own = await stack.Tokens.SignInAsync(name, "troisieme-mot-de-passe");
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Get, "/api/auth/me", own)).StatusCode);

        // Every step is in the audit, by whom, newest first; only admins read it.
        var audit = await _client.SendAsync(HttpMethod.Get, $"/api/users/audit?user={name}", admin);
        var steps = (await audit.Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.Equal(["password_reset", "enabled", "disabled", "changed", "created"], steps.Select(e => (string)e!["action"]!));
        Assert.All(steps, e => Assert.Equal("admin", (string?)e!["by"]));
        Assert.Contains("role=supervisor; post=BEL", (string?)steps[3]!["details"]);
        Assert.DoesNotContain("mot-de-passe", steps.ToJsonString());
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, "/api/users/audit", await stack.Tokens.SignInAsync("supervisor.oua"))).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostJsonAsync("/api/users/admin/disable", admin, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostJsonAsync("/api/users/nobody.here/enable", admin, null)).StatusCode);
    }
}
