using System.Net;
using BorderPost.Testing;
using BorderPost.Protection.Deadlines;
using Microsoft.Extensions.DependencyInjection;

namespace BorderPost.EndToEnd.Tests;

[Collection(StackCollection.Name)]
public sealed class ReferralDeadlineTests(BorderPostStack stack)
{
    private static readonly TimeSpan PastTheMinorsDeadline = TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1);
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task An_unacknowledged_minor_raises_exactly_one_alarm_across_restarts()
    {
        var officer = stack.Tokens.Mint("officer", "BEL");
        var supervisor = stack.Tokens.Mint("supervisor", "BEL");
        var ibesrCentre = stack.Tokens.Mint("protection", agency: "IBESR-CE");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var first = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/referrals", officer, ProtectionApi.Minor(first, "BEL"))).StatusCode);
        await WaitForScansAsync(2);
        Assert.DoesNotContain(await _client.InboxAsync(supervisor, "overdue=true"), i => (string)i["id"]! == first.ToString());

        // Two hours and a minute later, nobody has acknowledged the child: one alarm, seen by the supervisor.
        stack.ReferralClock.Advance(PastTheMinorsDeadline);
        Assert.True(await Api.EventuallyAsync(async () =>
            (await _client.InboxAsync(supervisor, "overdue=true")).Any(i => (string)i["id"]! == first.ToString() && (bool)i["overdueAlarmRaised"]!)));

        // A second child is referred now; Protection crashes, and the second deadline passes while it is down.
        var second = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/referrals", officer, ProtectionApi.Minor(second, "BEL"))).StatusCode);
        await stack.CrashProtectionAsync();
        stack.ReferralClock.Advance(PastTheMinorsDeadline);
        await stack.StartProtectionAsync();
        await WaitForScansAsync(5);

        foreach (var id in new[] { first, second })
        {
            var file = await _client.GetJsonAsync($"/api/referrals/{id}", supervisor);
            Assert.Single(file["history"]!.AsArray(), s => (string)s!["step"]! == "overdue");
        }
        var today = Api.Day(0);
        Assert.Equal(2, await _client.SettledCountAsync(hq, "BEL", "referral.minor.overdue", today.AddDays(-1), today.AddDays(60), 2));

        // Acknowledged at last: late, and the alarm is no longer active.
        var acknowledged = await _client.PostJsonAsync($"/api/referrals/{first}/acknowledge", ibesrCentre, null);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        var file1 = await _client.GetJsonAsync($"/api/referrals/{first}", ibesrCentre);
        Assert.False((bool)file1["acknowledgement"]!["inTime"]!);
        Assert.False((bool)file1["summary"]!["overdue"]!);
        Assert.Equal(1, await _client.SettledCountAsync(hq, "BEL", "referral.minor.acknowledged_late", today.AddDays(-1), today.AddDays(60), 1));
        Assert.Equal(2, await _client.CountAsync(hq, "BEL", "referral.minor.overdue", today.AddDays(-1), today.AddDays(60)));
    }

    /// <summary>Waits until the running watcher has completed <paramref name="count"/> more scans: no fixed sleeps.</summary>
    private async Task WaitForScansAsync(int count)
    {
        var watcher = stack.Protection.Services.GetRequiredService<DeadlineWatcher>();
        var target = watcher.Scans + count;
        Assert.True(await Api.EventuallyAsync(() => Task.FromResult(watcher.Scans >= target), TimeSpan.FromSeconds(30)));
    }
}
