using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BorderPost.Testing;

namespace BorderPost.Identity.Tests;

/// <summary>Identity alone, through its HTTP API, on the real PostgreSQL (a schema of its own) and RabbitMQ (a virtual host of its own).</summary>
public sealed class IdentityFactory : ServiceFactory<IdentityApp>
{
    public const string DemoPassword = "identity-api-test-1";

    public IdentityFactory()
        : base("identity") => Settings["DemoUsers:Password"] = DemoPassword;
}

public sealed class IdentityApiTests(IdentityFactory service) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_demo_officer_signs_in_and_the_token_says_who_they_are()
    {
        using var client = service.CreateClient();

        var signIn = await client.PostAsJsonAsync("/api/auth/token", new TokenRequest("officer.oua", IdentityFactory.DemoPassword));
        var token = (await signIn.Content.ReadFromJsonAsync<TokenResponse>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var me = await client.GetFromJsonAsync<WhoAmIResponse>("/api/auth/me");

        Assert.Equal(("Bearer", "officer.oua", "officer", "OUA"), (token.TokenType, me!.Username, me.Role, me.Post));
    }

    [Fact]
    public async Task A_wrong_password_is_a_problem_and_no_token()
    {
        using var client = service.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/token", new TokenRequest("supervisor.oua", "not-the-password"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("access_token", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_the_admin_lists_the_accounts()
    {
        using var admin = service.ClientAs("admin");
        using var officer = service.ClientAs("officer", "OUA");

        var users = await admin.GetFromJsonAsync<List<UserView>>("/api/users");

        Assert.Contains(users!, u => u is { Username: "officer.oua", Role: "officer", Post: "OUA" });
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/users")).StatusCode);
    }
}
