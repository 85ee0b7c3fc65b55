using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

/// <summary>
/// What <c>up.sh --production</c> switches on: Secure cookies, forwarded scheme from a TLS-terminating proxy, the
/// gateway's allowed host names, and a first administrator instead of demo users.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ProductionModeTests(BorderPostStack stack)
{
    [Fact]
    public async Task In_production_every_console_cookie_is_secure()
    {
        await using var web = new ServiceHost("BorderPost.Web", Web.WebApp.Build, FreePort.Next(),
            new(stack.Web.Settings) { ["Web:SecureCookies"] = "true" });
        await web.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(web.Url) };

        using var language = await client.GetAsync("/language?to=en");
        using var login = await client.GetAsync("/login");

        Assert.All(SetCookies(language).Concat(SetCookies(login)), cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(SetCookies(language));
    }

    [Fact]
    public async Task Behind_a_tls_proxy_the_demo_console_marks_cookies_secure_too()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(stack.GatewayUrl) };
        using var overTls = new HttpRequestMessage(HttpMethod.Get, "/language?to=en");
        overTls.Headers.Add("X-Forwarded-Proto", "https");

        using var secure = await client.SendAsync(overTls);
        using var plain = await client.GetAsync("/language?to=ht");

        Assert.Contains("secure", Assert.Single(SetCookies(secure)), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", Assert.Single(SetCookies(plain)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_gateway_answers_only_the_host_names_it_is_given()
    {
        await using var gateway = new ServiceHost("BorderPost.Gateway", Gateway.GatewayApp.Build, FreePort.Next(),
            new(stack.Gateway.Settings) { ["AllowedHosts"] = "borderpost.example.ht;127.0.0.1" });
        await gateway.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(gateway.Url) };

        Assert.Equal(HttpStatusCode.BadRequest, (await GetWithHostAsync(client, "evil.example.com")).StatusCode);
        Assert.NotEqual(HttpStatusCode.BadRequest, (await GetWithHostAsync(client, "borderpost.example.ht")).StatusCode);
        Assert.NotEqual(HttpStatusCode.BadRequest, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_new_installation_has_one_administrator_who_must_choose_a_password_and_a_restart_resets_nobody()
    {
        var database = await stack.GrantExtraAsync("firstadmin");
        var settings = new Dictionary<string, string>(stack.Identity.Settings)
        {
            ["ConnectionStrings:Postgres"] = database.PostgresConnectionString,
            ["Marten:Schema"] = database.Schema,
            ["FirstAdmin:Password"] = "mot-de-passe-genere-1",
        };
        settings.Remove("DemoUsers:Password");
        using var client = new HttpClient();

        await using (var identity = new ServiceHost("BorderPost.Identity", Identity.IdentityApp.Build, FreePort.Next(), new(settings)))
        {
            await identity.StartAsync();
            client.BaseAddress = new Uri(identity.Url);
            Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(client, "officer.oua", BorderPostStack.DemoPassword));
            var first = await SignInAsync(client, "admin", "mot-de-passe-genere-1");
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Get("/api/users", first))).StatusCode);
            using var change = new HttpRequestMessage(HttpMethod.Post, "/api/auth/password")
            {
                Content = JsonContent.Create(new { currentPassword = "mot-de-passe-genere-1", newPassword = "choisi-par-l-admin-2" }),
            };
            change.Headers.Authorization = new("Bearer", first);
            Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(change)).StatusCode);
            var admin = await SignInAsync(client, "admin", "choisi-par-l-admin-2");
            using var audit = await client.SendAsync(Get("/api/users/audit?user=admin", admin));
            var created = Assert.Single((await audit.Content.ReadFromJsonAsync<JsonArray>())!);
            Assert.Equal(("created", "installation"), ((string)created!["action"]!, (string)created["by"]!));
        }

        settings["FirstAdmin:Password"] = "un-autre-mot-de-passe-3";
        await using var restarted = new ServiceHost("BorderPost.Identity", Identity.IdentityApp.Build, FreePort.Next(), settings);
        await restarted.StartAsync();
        using var again = new HttpClient { BaseAddress = new Uri(restarted.Url) };
        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(again, "admin", "choisi-par-l-admin-2"));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(again, "admin", "un-autre-mot-de-passe-3"));
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static async Task<HttpResponseMessage> GetWithHostAsync(HttpClient client, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }

    private static HttpRequestMessage Get(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        return request;
    }

    private static async Task<HttpStatusCode> SignInStatusAsync(HttpClient client, string username, string password) =>
        (await client.PostAsJsonAsync("/api/auth/token", new { username, password })).StatusCode;

    private static async Task<string> SignInAsync(HttpClient client, string username, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Tokens.TokenResponse>())!.AccessToken;
    }
}
