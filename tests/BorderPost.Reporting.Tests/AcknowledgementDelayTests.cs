using BorderPost.Contracts.Protection;
using BorderPost.Reporting.CountingReferrals;
using BorderPost.Reporting.Totals;

namespace BorderPost.Reporting.Tests;

/// <summary>How long referrals waited to be acknowledged: carried on the count, folded per day, read as median and 90th percentile.</summary>
public sealed class AcknowledgementDelayTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly DateTimeOffset Opened = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_acknowledgement_counts_the_minutes_since_the_referral_was_opened()
    {
        var facts = new ReferralFacts("OUA", "minor", "IBESR-NE");

        var change = ReferralCounting.Decide(new ReferralAcknowledged(Guid.NewGuid(), Guid.NewGuid(), "HQ", facts, Day, true,
            Opened.AddMinutes(95).AddSeconds(20), Opened)).Single();
        var older = ReferralCounting.Decide(new ReferralAcknowledged(Guid.NewGuid(), Guid.NewGuid(), "HQ", facts, Day, true, Opened)).Single();

        Assert.Equal(95, change.Minutes);
        Assert.Null(older.Minutes); // a message from before the time was sent
    }

    [Fact]
    public void Median_and_90th_percentile_are_read_over_every_day_and_post_by_nearest_rank()
    {
        DailyTotal[] days =
        [
            new() { AcknowledgementMinutes = { ["referral.minor"] = [30, 10, 200] } },
            new() { AcknowledgementMinutes = { ["referral.minor"] = [50, 40, 20, 70, 60, 90, 80], ["referral.victim"] = [600] } },
        ];

        var times = AcknowledgementDelays.Of(days, threshold: 5);

        // Ten waits: 10 20 30 40 50 60 70 80 90 200.
        Assert.Equal(["minor 10 50 90", "victim 1 - -"],
            times.Select(t => $"{t.Kind} {t.Acknowledged} {t.MedianMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {t.P90Minutes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"));
    }

    [Theory]
    [InlineData(new[] { 7 }, 50, 7)]
    [InlineData(new[] { 1, 2 }, 50, 1)]
    [InlineData(new[] { 1, 2, 3, 4 }, 90, 4)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 90, 10)]
    public void Nearest_rank(int[] sorted, int percent, int expected) =>
        Assert.Equal(expected, AcknowledgementDelays.NearestRank(sorted, percent));
}
