using System.Security.Claims;
using BorderPost.Identity.SigningInAtPosts;
using BorderPost.ServiceDefaults.Authentication;
using Microsoft.Extensions.Configuration;

namespace BorderPost.Identity.Tests;

/// <summary>Signing in at a post node with headquarters unreachable: what the post keeps, and how long it trusts it.</summary>
public class PostSignInTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);
    private static readonly CachedAccount Kept = new("officer.oua", "Agent", "officer", "OUA", "hash", Now.AddDays(-1));

    [Fact]
    public void A_kept_account_confirmed_within_the_lifetime_signs_in_with_its_password_and_only_with_it()
    {
        Assert.Equal(OfflineSignIn.Result.Issued, OfflineSignIn.Decide(Kept, passwordMatches: true, Now, Lifetime));
        Assert.Equal(OfflineSignIn.Result.Rejected, OfflineSignIn.Decide(Kept, passwordMatches: false, Now, Lifetime));
        Assert.Equal(OfflineSignIn.Result.NotKept, OfflineSignIn.Decide(null, passwordMatches: false, Now, Lifetime));
    }

    [Fact]
    public void An_account_confirmed_longer_ago_than_the_lifetime_no_longer_signs_in_alone_even_with_the_right_password()
    {
        var lastMoment = Kept with { ConfirmedAt = Now - Lifetime };
        Assert.Equal(OfflineSignIn.Result.Issued, OfflineSignIn.Decide(lastMoment, true, Now, Lifetime));
        var tooOld = Kept with { ConfirmedAt = Now - Lifetime - TimeSpan.FromSeconds(1) };
        Assert.Equal(OfflineSignIn.Result.Expired, OfflineSignIn.Decide(tooOld, true, Now, Lifetime));
        Assert.Equal(OfflineSignIn.Result.Expired, OfflineSignIn.Decide(tooOld, false, Now, Lifetime));
    }

    [Theory]
    [InlineData("officer", "OUA", null, true)]
    [InlineData("supervisor", "oua", null, true)]
    [InlineData("officer", "MAL", null, false)]
    [InlineData("protection", null, "IBESR-NE", false)]
    [InlineData("hq", null, null, false)]
    [InlineData("admin", null, null, false)]
    public void The_post_keeps_its_own_officers_and_supervisors_only(string role, string? post, string? agency, bool kept)
    {
        var claims = new ClaimsIdentity([new(BorderPostClaims.Subject, "someone"), new(BorderPostClaims.Role, role)]);
        if (post is not null)
        {
            claims.AddClaim(new(BorderPostClaims.Post, post));
        }
        if (agency is not null)
        {
            claims.AddClaim(new(BorderPostClaims.Agency, agency));
        }
        Assert.Equal(kept, OfflineSignIn.Keeps(claims, "OUA"));
    }

    [Fact]
    public void An_account_whose_password_must_be_changed_is_not_kept()
    {
        var claims = new ClaimsIdentity([new(BorderPostClaims.Subject, "officer.oua"), new(BorderPostClaims.Role, "officer"),
            new(BorderPostClaims.Post, "OUA"), new(BorderPostClaims.PasswordChangeRequired, "true")]);
        Assert.False(OfflineSignIn.Keeps(claims, "OUA"));
    }

    [Fact]
    public void Headquarters_needs_no_setting_and_a_post_needs_its_name_and_an_absolute_address()
    {
        Assert.False(PostSignInSettings.From(Configuration()).AtPost);
        var post = PostSignInSettings.From(Configuration(("SignInAtPost:HeadquartersUrl", "https://hq.example"), ("Node:Name", "OUA"),
            ("SignInAtPost:CachedAccountLifetime", "1.00:00:00")));
        Assert.Equal((true, "OUA", TimeSpan.FromDays(1)), (post.AtPost, post.Post, post.CachedAccountLifetime));
        Assert.Throws<InvalidOperationException>(() => PostSignInSettings.From(Configuration(("SignInAtPost:HeadquartersUrl", "https://hq.example"))));
        Assert.Throws<InvalidOperationException>(() => PostSignInSettings.From(Configuration(("SignInAtPost:HeadquartersUrl", "https://hq.example"), ("Node:Name", "HQ"))));
        Assert.Throws<InvalidOperationException>(() => PostSignInSettings.From(Configuration(("SignInAtPost:HeadquartersUrl", "hq"), ("Node:Name", "OUA"))));
        Assert.Throws<InvalidOperationException>(() => PostSignInSettings.From(Configuration(("SignInAtPost:HeadquartersUrl", "https://hq.example"),
            ("Node:Name", "OUA"), ("SignInAtPost:CachedAccountLifetime", "-00:00:01"))));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
}
