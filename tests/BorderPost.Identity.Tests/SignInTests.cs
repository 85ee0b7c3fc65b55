using BorderPost.Identity.IssuingTokens;
using BorderPost.Identity.Users;

namespace BorderPost.Identity.Tests;

public class SignInTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly SignInThrottle Throttle = new();
    private static readonly UserAccount Officer = new("officer.oua", "Agent", "officer", "OUA", null, "hash");
    private const string Key = "account:officer.oua@203.0.113.7";

    [Fact]
    public void The_right_password_issues_a_token_a_wrong_one_or_an_unknown_user_is_rejected_and_a_disabled_account_refused()
    {
        Assert.Equal(SignIn.Result.Issued, SignIn.Decide(Officer, passwordMatches: true));
        Assert.Equal(SignIn.Result.Rejected, SignIn.Decide(Officer, passwordMatches: false));
        Assert.Equal(SignIn.Result.Rejected, SignIn.Decide(null, false));
        Assert.Equal(SignIn.Result.Disabled, SignIn.Decide(Officer with { Disabled = true }, true));
    }

    [Fact]
    public void The_free_failures_impose_no_wait_then_each_failure_doubles_it_up_to_the_maximum()
    {
        SignInFailures? counts = null;
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 20; i++)
        {
            counts = Throttling.AfterFailure(counts, Key, Throttle.FreeFailuresPerAccount, Now, Throttle);
            waits.Add(Throttling.WaitLeft([counts], Now));
        }

        Assert.All(waits.Take(5), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal([10, 20, 40, 60, 60, 60], waits.Skip(5).Take(6).Select(w => w.TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(60), waits[^1]);
        Assert.Equal(20, counts!.Count);
    }

    [Fact]
    public void The_wait_ends_when_announced_and_a_quiet_account_starts_again_from_zero()
    {
        SignInFailures? counts = null;
        for (var i = 0; i < 12; i++)
        {
            counts = Throttling.AfterFailure(counts, Key, Throttle.FreeFailuresPerAccount, Now, Throttle);
        }
        var wait = Throttling.WaitLeft([counts], Now);

        Assert.Equal(TimeSpan.Zero, Throttling.WaitLeft([counts], Now + wait));
        Assert.Equal(60, Throttling.Seconds(wait));
        var later = Throttling.AfterFailure(counts, Key, Throttle.FreeFailuresPerAccount, Now + Throttle.Forget + TimeSpan.FromSeconds(1), Throttle);
        Assert.Equal(1, later.Count);
        Assert.Null(later.WaitUntil);
    }

    [Fact]
    public void The_longest_of_the_account_and_address_waits_applies()
    {
        var account = new SignInFailures(Key, 7, Now, Now.AddSeconds(2));
        var address = new SignInFailures("address:203.0.113.7", 30, Now, Now.AddSeconds(40));

        Assert.Equal(TimeSpan.FromSeconds(40), Throttling.WaitLeft([account, address, null], Now));
        Assert.Equal(1, Throttling.Seconds(TimeSpan.FromMilliseconds(10)));
    }
}
