using Microsoft.IdentityModel.Tokens;

namespace BorderPost.Identity.IssuingTokens;

/// <summary>
/// Identity's public keys as a JSON Web Key Set (RFC 7517), for anyone who validates its tokens: the current key and,
/// during a rotation, the previous one. Public by nature, so anonymous.
/// </summary>
public static class PublishKeys
{
    public static RouteHandlerBuilder MapPublishKeys(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/auth/jwks", (JwtSettings settings) => Results.Ok(new
        {
            keys = settings.LoadPublicKeys().Select(key =>
            {
                var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(key);
                return new { kty = jwk.Kty, crv = jwk.Crv, x = jwk.X, y = jwk.Y, kid = key.KeyId, use = "sig", alg = SecurityAlgorithms.EcdsaSha256 };
            }),
        }))
            .AllowAnonymous();
}
