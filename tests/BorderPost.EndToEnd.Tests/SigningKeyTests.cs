using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using BorderPost.Testing;
using BorderPost.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BorderPost.EndToEnd.Tests;

/// <summary>
/// Tokens are ES256, signed by Identity alone: every service validates with Identity's public key, so a token signed
/// with a shared symmetric key (as every service once held) or with no signature at all is refused everywhere.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class SigningKeyTests(BorderPostStack stack)
{
    private static readonly string Day = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // One endpoint of each service that needs a signed-in user, called on the service itself.
    private IEnumerable<(string Service, string Url)> Endpoints() =>
    [
        ("identity", stack.Identity.Url + "/api/auth/me"),
        ("crossings", stack.Crossings.Url + "/api/crossings?post=OUA"),
        ("reporting", stack.Reporting.Url + $"/api/reports/totals?from={Day}&to={Day}"),
        ("documents", stack.Documents.Url + $"/api/document-checks/{Guid.NewGuid()}"),
        ("arrests", stack.Arrests.Url + $"/api/arrests/{Guid.NewGuid()}"),
        ("protection", stack.Protection.Url + $"/api/referrals/{Guid.NewGuid()}"),
        ("gateway", stack.GatewayUrl + "/api/auth/me"),
    ];

    [Fact]
    public async Task A_token_signed_with_the_old_symmetric_key_or_with_alg_none_is_refused_by_every_service()
    {
        var claims = new ClaimsIdentity([new(BorderPostClaims.Subject, "intruder"), new(BorderPostClaims.Role, "admin"), new(BorderPostClaims.Role, "hq")]);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = "borderpost-identity",
            Audience = "borderpost",
            Subject = claims,
            Expires = DateTime.UtcNow.AddMinutes(5),
        };
        descriptor.SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(stack.LegacySymmetricKey)), SecurityAlgorithms.HmacSha256);
        var symmetric = new JsonWebTokenHandler().CreateToken(descriptor);
        var unsigned = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + symmetric.Split('.')[1] + ".";
        var genuine = stack.Tokens.Mint("hq");

        using var client = new HttpClient();
        foreach (var (service, url) in Endpoints())
        {
            foreach (var (name, token) in new[] { ("HS256", symmetric), ("none", unsigned) })
            {
                var refused = await client.SendAsync(HttpMethod.Get, url, token);
                Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"{service} accepted a token signed with {name}: {refused.StatusCode}");
            }
            var accepted = await client.SendAsync(HttpMethod.Get, url, genuine);
            Assert.True(accepted.StatusCode != HttpStatusCode.Unauthorized, $"{service} refused Identity's own signature");
        }
    }

    [Fact]
    public async Task Identity_publishes_the_public_key_its_tokens_name()
    {
        using var client = stack.CreateClient();
        var jwks = (await client.GetFromJsonAsync<JsonObject>("/api/auth/jwks"))!;
        var token = new JsonWebToken(await stack.Tokens.SignInAsync("officer.oua"));

        var key = Assert.Single(jwks["keys"]!.AsArray())!;
        Assert.Equal("ES256", token.Alg);
        Assert.Equal(SigningKeys.KeyId(stack.SigningKey), token.Kid);
        Assert.Equal(token.Kid, (string?)key["kid"]);
        Assert.Equal("EC", (string?)key["kty"]);
        Assert.Null(key["d"]); // never the private part
    }
}
