using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace BorderPost.ServiceDefaults.Authentication;

/// <summary>
/// What every service needs to validate tokens: issuer, audience and Identity's public keys (ES256). Only Identity
/// holds a private key (<c>Jwt:PrivateKeyFile</c>, read by Identity alone); no service holds anything that can sign.
/// </summary>
public sealed class JwtSettings
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = "borderpost-identity";
    public string Audience { get; set; } = "borderpost";
    public int LifetimeMinutes { get; set; } = 15;

    /// <summary>
    /// PEM files of the public keys tokens may be signed with, comma-separated: the current key, and during a rotation
    /// the previous one, until the tokens it signed have run out.
    /// </summary>
    public string PublicKeyFiles { get; set; } = "";

    /// <summary>The public keys, each with its key id; fails fast when none is configured or one cannot be read.</summary>
    public IReadOnlyList<ECDsaSecurityKey> LoadPublicKeys()
    {
        var files = PublicKeyFiles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (files.Length == 0)
        {
            throw new InvalidOperationException("Jwt:PublicKeyFiles is required: the PEM file of Identity's public key (set Jwt__PublicKeyFiles).");
        }
        return [.. files.Select(file =>
        {
            if (!File.Exists(file))
            {
                throw new InvalidOperationException($"Jwt:PublicKeyFiles: {file} does not exist.");
            }
            var key = ECDsa.Create();
            key.ImportFromPem(File.ReadAllText(file));
            return SigningKeys.Public(key);
        })];
    }
}

/// <summary>ES256 keys with a key id derived from the public key, so issuer and validators agree on it without configuration.</summary>
public static class SigningKeys
{
    public static string KeyId(ECDsa key) =>
        Base64UrlEncoder.Encode(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];

    public static ECDsaSecurityKey Public(ECDsa key) => new(key) { KeyId = KeyId(key) };
}
