using BorderPost.Reporting.Counting;
using BorderPost.Reporting.Totals;

namespace BorderPost.Reporting.Tests;

/// <summary>Grouping daily totals, checked against sums worked out by hand.</summary>
public class TotalsGroupingTests
{
    // Two posts over a year's end: 2026-12-31 is a Thursday, so it and 2027-01-01 share ISO week 2026-W53;
    // 2027-01-04 opens 2027-W01.
    private static readonly CountChanged[] Scenario =
    [
        new("OUA", new(2026, 12, 30), "crossing.entry", 3),
        new("OUA", new(2026, 12, 31), "crossing.entry", 2),
        new("OUA", new(2027, 1, 1), "crossing.entry", 4),
        new("OUA", new(2027, 1, 1), "crossing.exit", 1),
        new("OUA", new(2027, 1, 4), "crossing.entry", 5),
        new("MAL", new(2026, 12, 31), "crossing.entry", 7),
        new("MAL", new(2027, 1, 4), "arrest.persons", 2),
        new("MAL", new(2027, 1, 4), "arrest.persons", -2), // corrected away: no row
    ];

    private static readonly DateOnly From = new(2026, 12, 1);
    private static readonly DateOnly To = new(2027, 1, 31);

    private static List<string> Rows(string groupBy, DateOnly? from = null)
    {
        var projection = new DailyTotalsProjection();
        var totals = new Dictionary<string, DailyTotal>();
        foreach (var change in Scenario)
        {
            var id = DailyTotal.IdFor(change.PostCode, change.Day);
            projection.Apply(change, totals.TryGetValue(id, out var t) ? t : totals[id] = new DailyTotal { Id = id });
        }
        return [.. TotalsGrouping.Rows(totals.Values, groupBy, from ?? From, To).Select(r => $"{r.Period} {r.Post} {r.Category} {r.Count} {r.Day:yyyy-MM-dd}")];
    }

    [Fact]
    public void By_day_each_post_s_day_is_a_row_and_a_count_corrected_to_zero_is_none()
    {
        Assert.Equal(
        [
            "2026-12-30 OUA crossing.entry 3 2026-12-30",
            "2026-12-31 MAL crossing.entry 7 2026-12-31",
            "2026-12-31 OUA crossing.entry 2 2026-12-31",
            "2027-01-01 OUA crossing.entry 4 2027-01-01",
            "2027-01-01 OUA crossing.exit 1 2027-01-01",
            "2027-01-04 OUA crossing.entry 5 2027-01-04",
        ], Rows(TotalsGroupings.Day));
    }

    [Fact]
    public void By_iso_week_the_last_days_of_december_and_the_first_of_january_are_one_week()
    {
        Assert.Equal(
        [
            "2026-W53 MAL crossing.entry 7 2026-12-28",
            "2026-W53 OUA crossing.entry 9 2026-12-28",
            "2026-W53 OUA crossing.exit 1 2026-12-28",
            "2027-W01 OUA crossing.entry 5 2027-01-04",
        ], Rows(TotalsGroupings.Week));
    }

    [Fact]
    public void By_month_and_by_year_the_year_s_end_splits_them()
    {
        Assert.Equal(
        [
            "2026-12 MAL crossing.entry 7 2026-12-01",
            "2026-12 OUA crossing.entry 5 2026-12-01",
            "2027-01 OUA crossing.entry 9 2027-01-01",
            "2027-01 OUA crossing.exit 1 2027-01-01",
        ], Rows(TotalsGroupings.Month));
        Assert.Equal(
        [
            "2026 MAL crossing.entry 7 2026-12-01",
            "2026 OUA crossing.entry 5 2026-12-01",
            "2027 OUA crossing.entry 9 2027-01-01",
            "2027 OUA crossing.exit 1 2027-01-01",
        ], Rows(TotalsGroupings.Year));
    }

    [Fact]
    public void By_post_the_whole_period_is_one_row_per_post_and_category()
    {
        Assert.Equal(
        [
            "2026-12-01/2027-01-31 MAL crossing.entry 7 2026-12-01",
            "2026-12-01/2027-01-31 OUA crossing.entry 14 2026-12-01",
            "2026-12-01/2027-01-31 OUA crossing.exit 1 2026-12-01",
        ], Rows(TotalsGroupings.Post));
    }

    [Fact]
    public void A_period_that_starts_mid_week_starts_its_first_row_on_its_first_day()
    {
        Assert.Equal("2026-12-31", TotalsGrouping.Start(new(2026, 12, 31), TotalsGroupings.Week, new(2026, 12, 31)).ToString("yyyy-MM-dd", null));
        Assert.Equal("2026-W53", TotalsGrouping.Period(new(2026, 12, 31), TotalsGroupings.Week, From, To));
    }

    [Fact]
    public void Split_by_sex_and_age_band_counts_about_people_add_up_and_what_came_before_the_split_is_unknown()
    {
        var day = new DateOnly(2027, 2, 1);
        var projection = new DailyTotalsProjection();
        var total = new DailyTotal { Id = DailyTotal.IdFor("BEL", day) };
        foreach (var change in new CountChanged[]
        {
            new("BEL", day, "referral.minor.referred", 1, "F", "6-11"),
            new("BEL", day, "referral.minor.referred", 1, "F", "6-11"),
            new("BEL", day, "referral.minor.referred", 1, "M", "12-17"),
            new("BEL", day, "referral.minor.referred", 1), // counted before people were split
            new("BEL", day, "crossing.entry", 1, "M", "18-59"),
            new("BEL", day, "crossing.entry", -1, "M", "18-59"), // a correction moved it
            new("BEL", day, "crossing.entry", 1, "F", "18-59"),
            new("BEL", day, "document.clear", 3),
        })
        {
            projection.Apply(change, total);
        }
        string Split(string by) => string.Join("; ", TotalsGrouping.Rows([total], TotalsGroupings.Day, day, day,
            by.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet()).Select(r => $"{r.Category} {r.Sex} {r.AgeBand} {r.Count}"));

        Assert.Equal("crossing.entry F 18-59 1; document.clear   3; referral.minor.referred F 6-11 2; "
            + "referral.minor.referred M 12-17 1; referral.minor.referred unknown unknown 1", Split("sex,ageBand"));
        Assert.Equal("crossing.entry F  1; document.clear   3; referral.minor.referred F  2; referral.minor.referred M  1; "
            + "referral.minor.referred unknown  1", Split("sex"));
        Assert.Equal("crossing.entry   1; document.clear   3; referral.minor.referred   4", Split(""));
    }

    [Fact]
    public void Crossings_split_by_nationality_or_purpose_and_referrals_by_agency_add_up_to_their_counts()
    {
        var day = new DateOnly(2027, 3, 1);
        var projection = new DailyTotalsProjection();
        var total = new DailyTotal { Id = DailyTotal.IdFor("OUA", day) };
        foreach (var change in new CountChanged[]
        {
            new("OUA", day, "crossing.entry", 1, Nationality: "HTI", Purpose: "trade"),
            new("OUA", day, "crossing.entry", 1, Nationality: "HTI", Purpose: "family"),
            new("OUA", day, "crossing.entry", 1, Nationality: "DOM", Purpose: "trade"),
            new("OUA", day, "crossing.entry", -1, Nationality: "DOM", Purpose: "trade"), // corrected to a Venezuelan's work trip
            new("OUA", day, "crossing.entry", 1, Nationality: "VEN", Purpose: "work"),
            new("OUA", day, "crossing.exit", 1), // counted before the traits were carried
            new("OUA", day, "referral.victim.referred", 1, Agency: "CNLTP"),
            new("OUA", day, "arrest.persons", 1),
        })
        {
            projection.Apply(change, total);
        }
        string Split(string by) => string.Join("; ", TotalsGrouping.Rows([total], TotalsGroupings.Day, day, day, new HashSet<string> { by })
            .Select(r => $"{r.Category} {r.Nationality ?? r.Purpose ?? r.Agency ?? "-"} {r.Count}"));

        Assert.Equal("arrest.persons - 1; crossing.entry HTI 2; crossing.entry VEN 1; crossing.exit unknown 1; referral.victim.referred - 1",
            Split("nationality"));
        Assert.Equal("arrest.persons - 1; crossing.entry family 1; crossing.entry trade 1; crossing.entry work 1; crossing.exit unknown 1; "
            + "referral.victim.referred - 1", Split("purpose"));
        Assert.Equal("arrest.persons - 1; crossing.entry - 3; crossing.exit - 1; referral.victim.referred CNLTP 1", Split("agency"));
    }
}
