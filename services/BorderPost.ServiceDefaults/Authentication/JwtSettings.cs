using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace BorderPost.ServiceDefaults.Authentication;

/// <summary>Token settings shared by the issuer (Identity) and every service that validates tokens.</summary>
public sealed class JwtSettings
{
    public const string SectionName = "Jwt";

    /// <summary>Published in the repository, so accepted only in the Development environment.</summary>
    public const string DemoSigningKey = "borderpost-demo-signing-key-for-development-only-2026";

    public string Issuer { get; set; } = "borderpost-identity";
    public string Audience { get; set; } = "borderpost";
    public string SigningKey { get; set; } = "";
    public int LifetimeMinutes { get; set; } = 15;

    public SymmetricSecurityKey CreateKey() => new(Encoding.UTF8.GetBytes(SigningKey));

    /// <summary>Fails fast on a missing, short or (outside Development) published demo key.</summary>
    public void EnsureUsable(bool isDevelopment)
    {
        if (string.IsNullOrWhiteSpace(SigningKey))
        {
            throw new InvalidOperationException("Jwt:SigningKey is required (set Jwt__SigningKey).");
        }
        if (Encoding.UTF8.GetByteCount(SigningKey) < 32)
        {
            throw new InvalidOperationException("Jwt:SigningKey must be at least 32 bytes long.");
        }
        if (!isDevelopment && SigningKey == DemoSigningKey)
        {
            throw new InvalidOperationException("The demo signing key is refused outside the Development environment.");
        }
    }
}
