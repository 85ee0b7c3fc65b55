using BorderPost.Reporting.Totals;

namespace BorderPost.Reporting.Tests;

public class SmallNumbersTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    private static TotalsRow Row(string category, int count, string? ageBand = null) => new("OUA", Day, category, count, "2026-11-23", null, ageBand);

    [Theory]
    [InlineData("referral.minor.referred", null, 4, true)]
    [InlineData("referral.victim.acknowledged_in_time", null, 1, true)]
    [InlineData("referral.minor.referred", null, 5, false)] // at the threshold: shown
    [InlineData("crossing.entry", "6-11", 2, true)] // children crossing
    [InlineData("crossing.entry", "18-59", 2, false)]
    [InlineData("crossing.entry", null, 2, false)]
    [InlineData("arrest.persons", null, 1, false)]
    [InlineData("minor_check.released_on_override", null, 1, true)] // minors let go on an override
    [InlineData("minor_check.reason.authorisation_missing", null, 2, true)]
    public void By_day_a_count_about_children_or_victims_below_the_threshold_is_shown_as_less_than_it(string category, string? ageBand, int count, bool small)
    {
        var row = SmallNumbers.Mark([Row(category, count, ageBand)], TotalsGroupings.Day, 365, 5).Single();

        Assert.Equal(small, row.Small);
        Assert.Equal(count, row.Count); // the count itself stays exact
        Assert.Equal(small ? "< 5" : count.ToString(System.Globalization.CultureInfo.InvariantCulture), SmallNumbers.Shown(row, 5));
    }

    [Theory]
    [InlineData("week", 365, true)]
    [InlineData("month", 365, false)]
    [InlineData("year", 365, false)]
    [InlineData("post", 365, false)]
    [InlineData("post", 28, false)]
    [InlineData("post", 27, true)] // one post over a few days is a fine grain, whatever the grouping
    [InlineData("month", 7, true)]
    public void Only_a_grain_finer_than_a_month_protects(string groupBy, int periodDays, bool small) =>
        Assert.Equal(small, SmallNumbers.Mark([Row("referral.minor.referred", 2)], groupBy, periodDays, 5).Single().Small);

    [Fact]
    public void The_threshold_is_configurable() =>
        Assert.Equal("< 10", SmallNumbers.Shown(SmallNumbers.Mark([Row("referral.minor.referred", 7)], "day", 365, 10).Single(), 10));
}
