using System.Security.Cryptography;
using BorderPost.ServiceDefaults.Authentication;

namespace BorderPost.Identity.Tests;

public class JwtSettingsTests
{
    [Fact]
    public void Without_a_public_key_file_no_service_starts()
    {
        Assert.Throws<InvalidOperationException>(() => new JwtSettings().LoadPublicKeys());
        Assert.Throws<InvalidOperationException>(() => new JwtSettings { PublicKeyFiles = "/nonexistent/jwt-public.pem" }.LoadPublicKeys());
    }

    [Fact]
    public void Public_keys_load_with_the_key_id_the_issuer_derives_from_its_private_key_and_a_rotation_lists_both()
    {
        using var current = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var previous = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var folder = Directory.CreateTempSubdirectory("jwt-").FullName;
        File.WriteAllText(Path.Combine(folder, "current.pem"), current.ExportSubjectPublicKeyInfoPem());
        File.WriteAllText(Path.Combine(folder, "previous.pem"), previous.ExportSubjectPublicKeyInfoPem());

        var keys = new JwtSettings { PublicKeyFiles = $"{folder}/current.pem, {folder}/previous.pem" }.LoadPublicKeys();

        Assert.Equal([SigningKeys.KeyId(current), SigningKeys.KeyId(previous)], keys.Select(k => k.KeyId));
        Assert.NotEqual(keys[0].KeyId, keys[1].KeyId);
    }
}
