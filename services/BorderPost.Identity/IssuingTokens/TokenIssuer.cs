using System.Security.Claims;
using BorderPost.Identity.Users;
using BorderPost.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BorderPost.Identity.IssuingTokens;

/// <summary>Signs short-lived HS256 tokens carrying the user's role and, where bound, post and agency.</summary>
public sealed class TokenIssuer(JwtSettings settings, TimeProvider clock)
{
    private readonly SigningCredentials _credentials = new(settings.CreateKey(), SecurityAlgorithms.HmacSha256);

    public (string Token, int ExpiresInSeconds) Issue(UserAccount user)
    {
        var now = clock.GetUtcNow();
        var claims = new List<Claim>
        {
            new(BorderPostClaims.Subject, user.Id),
            new(BorderPostClaims.Name, user.DisplayName),
            new(BorderPostClaims.Role, user.Role),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
        };
        if (user.PostCode is not null)
        {
            claims.Add(new(BorderPostClaims.Post, user.PostCode));
        }
        if (user.Agency is not null)
        {
            claims.Add(new(BorderPostClaims.Agency, user.Agency));
        }
        var lifetime = TimeSpan.FromMinutes(settings.LifetimeMinutes);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = _credentials,
        });
        return (token, (int)lifetime.TotalSeconds);
    }
}
