using BorderPost.Identity.IssuingTokens;
using BorderPost.Identity.Users;

namespace BorderPost.Identity.Tests;

public class SignInTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly SignInLockout Lockout = new();
    private static readonly UserAccount Officer = new("officer.oua", "Agent", "officer", "OUA", null, "hash", 0, null);

    [Fact]
    public void The_right_password_issues_a_token()
    {
        var (result, updated) = SignIn.Decide(Officer, passwordMatches: true, Now, Lockout);
        Assert.Equal(SignIn.Result.Issued, result);
        Assert.Null(updated);
    }

    [Fact]
    public void An_unknown_user_is_rejected()
    {
        Assert.Equal(SignIn.Result.Rejected, SignIn.Decide(null, false, Now, Lockout).Result);
    }

    [Fact]
    public void Five_wrong_passwords_lock_the_account()
    {
        var user = Officer;
        for (var i = 1; i <= 4; i++)
        {
            var (result, updated) = SignIn.Decide(user, false, Now, Lockout);
            Assert.Equal(SignIn.Result.Rejected, result);
            user = updated!;
            Assert.Equal(i, user.FailedAttempts);
        }
        var (fifth, locked) = SignIn.Decide(user, false, Now, Lockout);

        Assert.Equal(SignIn.Result.Locked, fifth);
        Assert.Equal(Now + Lockout.Duration, locked!.LockedUntil);
        Assert.Equal(SignIn.Result.Locked, SignIn.Decide(locked, true, Now.AddMinutes(1), Lockout).Result);
    }

    [Fact]
    public void The_lock_lifts_after_its_duration_and_success_resets_the_counter()
    {
        var locked = Officer with { LockedUntil = Now, FailedAttempts = 0 };
        var (result, updated) = SignIn.Decide(locked, true, Now.AddSeconds(1), Lockout);
        Assert.Equal(SignIn.Result.Issued, result);
        Assert.Null(updated!.LockedUntil);

        var (_, reset) = SignIn.Decide(Officer with { FailedAttempts = 3 }, true, Now, Lockout);
        Assert.Equal(0, reset!.FailedAttempts);
    }
}
