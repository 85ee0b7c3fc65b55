using System.Net.Http.Json;
using System.Security.Claims;
using BorderPost.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BorderPost.Testing;

public sealed class Tokens(BorderPostStack stack)
{
    public sealed record TokenResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

    /// <summary>Signs in through the gateway as a seeded demo user.</summary>
    public async Task<string> SignInAsync(string username, string password = BorderPostStack.DemoPassword)
    {
        using var client = stack.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    /// <summary>A token signed with the stack's key for a user that does not exist, e.g. an officer of another post.</summary>
    public string Mint(string role, string? post = null, TimeSpan? lifetime = null, DateTime? issuedAt = null, string? agency = null) =>
        Mint(stack.SigningKey, role, post, lifetime, issuedAt, agency);

    /// <summary>A token as Identity would sign it with <paramref name="key"/>, for a user that need not exist.</summary>
    public static string Mint(System.Security.Cryptography.ECDsa key, string role, string? post = null, TimeSpan? lifetime = null,
        DateTime? issuedAt = null, string? agency = null, string? subject = null)
    {
        var issued = issuedAt ?? DateTime.UtcNow;
        var claims = new List<Claim> { new(BorderPostClaims.Subject, subject ?? $"test.{role}"), new(BorderPostClaims.Role, role) };
        if (post is not null)
        {
            claims.Add(new(BorderPostClaims.Post, post));
        }
        if (agency is not null)
        {
            claims.Add(new(BorderPostClaims.Agency, agency));
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "borderpost-identity",
            Audience = "borderpost",
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issued,
            NotBefore = issued,
            Expires = issued + (lifetime ?? TimeSpan.FromMinutes(5)),
            SigningCredentials = new SigningCredentials(
                new ECDsaSecurityKey(key) { KeyId = SigningKeys.KeyId(key) }, SecurityAlgorithms.EcdsaSha256),
        });
    }
}
