using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace BorderPost.Web.Tests;

/// <summary>The console's replicas seal sessions and forms with the keys of one directory, which outlive a restart.</summary>
public sealed class SessionKeysTests : IDisposable
{
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("borderpost-web-keys-");

    [Fact]
    public async Task A_session_sealed_by_one_replica_opens_at_another_and_after_a_restart()
    {
        var sealedByOne = await SealAsync("bp-session of officer.oua");

        Assert.Equal("bp-session of officer.oua", await OpenAsync(sealedByOne));
        Assert.NotEmpty(_keys.GetFiles("key-*.xml"));
    }

    [Fact]
    public async Task A_replica_with_keys_of_its_own_refuses_it()
    {
        // As two containers without the shared volume would be: each its own keys.
        var elsewhere = Directory.CreateTempSubdirectory("borderpost-web-keys-");
        try
        {
            var sealedByOne = await SealAsync("bp-session of officer.oua");
            await using var other = WebApp.Build([$"--DataProtection:KeysDirectory={elsewhere.FullName}"]);

            Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Protector(other).Unprotect(sealedByOne));
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    private async Task<string> SealAsync(string text)
    {
        await using var replica = WebApp.Build([$"--DataProtection:KeysDirectory={_keys.FullName}"]);
        return Protector(replica).Protect(text);
    }

    private async Task<string> OpenAsync(string sealedText)
    {
        await using var replica = WebApp.Build([$"--DataProtection:KeysDirectory={_keys.FullName}"]);
        return Protector(replica).Unprotect(sealedText);
    }

    private static IDataProtector Protector(WebApplication app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("BorderPost.Web.Tests");

    public void Dispose() => _keys.Delete(recursive: true);
}
