using System.Security.Claims;
using System.Security.Cryptography;
using BorderPost.ServiceDefaults.Authentication;
using BorderPost.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace BorderPost.Identity.Tests;

/// <summary>
/// A token is checked in full once, then remembered until it expires. The proof that an answer came from memory is a
/// second call whose parameters hold no key that could verify the token: only a remembered token passes it.
/// </summary>
public sealed class RememberingTokenHandlerTests : IDisposable
{
    private readonly ECDsa _identityKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ECDsa _otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly RememberingTokenHandler _handler;

    public RememberingTokenHandlerTests() => _handler = new RememberingTokenHandler(_clock);

    [Fact]
    public async Task A_valid_token_is_remembered_until_it_expires_and_then_checked_in_full_again()
    {
        var token = Tokens.Mint(_identityKey, Roles.Officer, "OUA", lifetime: TimeSpan.FromMinutes(5));

        Assert.True((await _handler.ValidateTokenAsync(token, Parameters(_identityKey))).IsValid);
        var remembered = await _handler.ValidateTokenAsync(token, Parameters(_otherKey));
        Assert.True(remembered.IsValid);
        Assert.Equal("test.officer", remembered.ClaimsIdentity.Name);

        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.False((await _handler.ValidateTokenAsync(token, Parameters(_otherKey))).IsValid);
        Assert.Equal(0, _handler.Count);
    }

    [Fact]
    public async Task A_token_altered_in_one_character_is_checked_in_full_and_refused()
    {
        var token = OfficerToken();
        Assert.True((await _handler.ValidateTokenAsync(token, Parameters(_identityKey))).IsValid);

        var parts = token.Split('.');
        var otherPost = Base64UrlEncoder.Encode(Base64UrlEncoder.DecodeBytes(parts[1]).Select(b => b == (byte)'O' ? (byte)'M' : b).ToArray());
        var otherSignature = (parts[2][0] == 'A' ? 'B' : 'A') + parts[2][1..];
        foreach (var altered in new[] { $"{parts[0]}.{otherPost}.{parts[2]}", $"{parts[0]}.{parts[1]}.{otherSignature}" })
        {
            Assert.NotEqual(token, altered);
            Assert.False((await _handler.ValidateTokenAsync(altered, Parameters(_identityKey))).IsValid);
        }
        Assert.Equal(1, _handler.Count);
    }

    [Fact]
    public async Task A_refused_token_is_not_remembered()
    {
        var token = Tokens.Mint(_otherKey, Roles.Admin);

        Assert.False((await _handler.ValidateTokenAsync(token, Parameters(_identityKey))).IsValid);
        Assert.False((await _handler.ValidateTokenAsync(token, Parameters(_identityKey))).IsValid);
        Assert.Equal(0, _handler.Count);
    }

    [Fact]
    public async Task Each_answer_from_memory_carries_an_identity_of_its_own()
    {
        var token = OfficerToken();
        var first = await _handler.ValidateTokenAsync(token, Parameters(_identityKey));

        first.ClaimsIdentity.AddClaim(new Claim(BorderPostClaims.Role, Roles.Admin));
        var second = await _handler.ValidateTokenAsync(token, Parameters(_otherKey));
        second.ClaimsIdentity.AddClaim(new Claim(BorderPostClaims.Role, Roles.Admin));
        var third = await _handler.ValidateTokenAsync(token, Parameters(_otherKey));

        Assert.True(third.IsValid);
        Assert.Equal([Roles.Officer], third.ClaimsIdentity.FindAll(BorderPostClaims.Role).Select(c => c.Value));
    }

    [Fact]
    public async Task A_process_remembers_at_most_its_capacity_of_tokens()
    {
        for (var i = 0; i <= RememberingTokenHandler.Capacity; i++)
        {
            var token = Tokens.Mint(_identityKey, Roles.Officer, "OUA", subject: $"officer.{i}");
            Assert.True((await _handler.ValidateTokenAsync(token, Parameters(_identityKey))).IsValid);
            Assert.InRange(_handler.Count, 1, RememberingTokenHandler.Capacity);
        }
    }

    [Fact]
    public void Services_check_tokens_with_the_remembering_handler_alone()
    {
        var folder = Directory.CreateTempSubdirectory("jwt-").FullName;
        File.WriteAllText(Path.Combine(folder, "public.pem"), _identityKey.ExportSubjectPublicKeyInfoPem());
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Jwt:PublicKeyFiles"] = Path.Combine(folder, "public.pem");
        builder.AddBorderPostAuthentication();
        using var services = builder.Services.BuildServiceProvider();

        var options = services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        Assert.IsType<RememberingTokenHandler>(Assert.Single(options.TokenHandlers));
        Assert.False(options.MapInboundClaims);
    }

    public void Dispose()
    {
        _identityKey.Dispose();
        _otherKey.Dispose();
    }

    private string OfficerToken() => Tokens.Mint(_identityKey, Roles.Officer, "OUA");

    private static TokenValidationParameters Parameters(ECDsa key) => new()
    {
        ValidIssuer = "borderpost-identity",
        ValidAudience = "borderpost",
        IssuerSigningKeys = [SigningKeys.Public(key)],
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        ClockSkew = TimeSpan.Zero,
        RoleClaimType = BorderPostClaims.Role,
        NameClaimType = BorderPostClaims.Subject,
    };
}
