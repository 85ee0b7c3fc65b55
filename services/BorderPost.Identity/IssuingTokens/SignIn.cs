using BorderPost.Identity.Users;

namespace BorderPost.Identity.IssuingTokens;

/// <summary>The sign-in decision: pure, so lockout rules are tested without a database.</summary>
public static class SignIn
{
    public enum Result { Issued, Rejected, Locked, Disabled }

    public static (Result Result, UserAccount? Updated) Decide(
        UserAccount? user, bool passwordMatches, DateTimeOffset now, SignInLockout lockout)
    {
        if (user is null)
        {
            return (Result.Rejected, null);
        }
        if (user.Disabled)
        {
            return (Result.Disabled, null);
        }
        if (user.LockedUntil is { } until && until > now)
        {
            return (Result.Locked, null);
        }
        if (passwordMatches)
        {
            var reset = user.FailedAttempts == 0 && user.LockedUntil is null ? null : user with { FailedAttempts = 0, LockedUntil = null };
            return (Result.Issued, reset);
        }
        var failures = user.FailedAttempts + 1;
        return failures >= lockout.MaxFailedAttempts
            ? (Result.Locked, user with { FailedAttempts = 0, LockedUntil = now + lockout.Duration })
            : (Result.Rejected, user with { FailedAttempts = failures, LockedUntil = null });
    }
}
