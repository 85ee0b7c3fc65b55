using BorderPost.Identity.Users;

namespace BorderPost.Identity.IssuingTokens;

/// <summary>
/// Recent wrong passwords under one key — an account from one client address, or one client address over all accounts —
/// and until when the next attempt under it must wait. Stored (one small document per key), so every Identity instance
/// sees the same counts.
/// </summary>
/// <param name="RefusalRecorded">Whether an attempt refused during the current wait was recorded (one per wait is).</param>
public sealed record SignInFailures(string Id, int Count, DateTimeOffset LastFailure, DateTimeOffset? WaitUntil, bool RefusalRecorded = false)
{
    public static string AccountKey(string username, string address) => $"account:{username}@{address}";

    public static string AddressKey(string address) => $"address:{address}";
}

/// <summary>The throttle's rules, pure: how long an attempt must still wait, and what a failure changes.</summary>
public static class Throttling
{
    /// <summary>The wait left before an attempt under these counts is looked at; zero when it may go ahead.</summary>
    public static TimeSpan WaitLeft(IEnumerable<SignInFailures?> counts, DateTimeOffset now) =>
        counts.Select(c => c?.WaitUntil is { } until && until > now ? until - now : TimeSpan.Zero).DefaultIfEmpty(TimeSpan.Zero).Max();

    /// <summary>The counts after one more failure: past the free ones, each failure doubles the wait, up to the maximum.</summary>
    public static SignInFailures AfterFailure(SignInFailures? current, string key, int free, DateTimeOffset now, SignInThrottle throttle)
    {
        var count = current is null || now - current.LastFailure > throttle.Forget ? 1 : current.Count + 1;
        if (count <= free)
        {
            return new SignInFailures(key, count, now, null);
        }
        var doublings = Math.Min(count - free - 1, 30);
        var wait = TimeSpan.FromTicks(Math.Min(throttle.MaxWait.Ticks, throttle.FirstWait.Ticks * (1L << doublings)));
        return new SignInFailures(key, count, now, now + wait);
    }

    /// <summary>Whole seconds for Retry-After and the message, never zero while a wait is left.</summary>
    public static int Seconds(TimeSpan wait) => (int)Math.Ceiling(wait.TotalSeconds);
}
