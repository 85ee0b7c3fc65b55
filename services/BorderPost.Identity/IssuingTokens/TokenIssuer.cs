using System.Security.Claims;
using System.Security.Cryptography;
using BorderPost.Identity.Users;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BorderPost.Identity.IssuingTokens;

/// <summary>
/// Signs short-lived ES256 tokens carrying the user's role and, where bound, post and agency, with the private key only
/// Identity reads (<c>Jwt:PrivateKeyFile</c>); its key id names the public key validators hold.
/// </summary>
public sealed class TokenIssuer
{
    public const string PrivateKeyFileSetting = "Jwt:PrivateKeyFile";

    private readonly JwtSettings _settings;
    private readonly TimeProvider _clock;
    private readonly SigningCredentials _credentials;

    public TokenIssuer(JwtSettings settings, TimeProvider clock, IConfiguration configuration)
    {
        (_settings, _clock) = (settings, clock);
        var file = configuration[PrivateKeyFileSetting];
        if (string.IsNullOrWhiteSpace(file) || !File.Exists(file))
        {
            throw new InvalidOperationException($"{PrivateKeyFileSetting} must name Identity's private key (PEM); deploy/up.sh generates one.");
        }
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(file));
        _credentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = SigningKeys.KeyId(key) }, SecurityAlgorithms.EcdsaSha256);
    }

    public (string Token, int ExpiresInSeconds) Issue(UserAccount user)
    {
        var now = _clock.GetUtcNow();
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
        if (user.MustChangePassword)
        {
            claims.Add(new(BorderPostClaims.PasswordChangeRequired, "true"));
        }
        var lifetime = TimeSpan.FromMinutes(_settings.LifetimeMinutes);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _settings.Issuer,
            Audience = _settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = _credentials,
        });
        return (token, (int)lifetime.TotalSeconds);
    }
}
