using BorderPost.HttpApi.Reporting;
using BorderPost.Web.Pages.Hq;
using BorderPost.Web.Ui;

namespace BorderPost.Web.Tests;

/// <summary>The dashboard's figures and charts from totals rows, with small numbers about children and victims protected.</summary>
public sealed class DashboardTests
{
    private static readonly DateOnly Day = new(2026, 3, 9);

    private static TotalsRow Row(string category, int count, string post = "OUA", string period = "2026-03", bool small = false) =>
        new(post, Day, category, count, period, Small: small);

    private static Figure FigureOf(string key) => Dashboard.Figures.Single(f => f.Key == key);

    [Fact]
    public void Headline_figures_add_up_their_categories()
    {
        IReadOnlyList<TotalsRow> rows =
        [
            Row("crossing.entry", 40), Row("crossing.exit", 35, "MAL"), Row("document.suspicious", 2), Row("document.fraudulent", 1),
            Row("document.clear", 70), Row("referral.minor.overdue", 1), Row("referral.victim.overdue", 6),
        ];

        Assert.Equal(75, Dashboard.Headline(FigureOf("crossings"), "", rows, 365, 5).Value);
        Assert.Equal(3, Dashboard.Headline(FigureOf("flagged"), "", rows, 365, 5).Value);
        Assert.Equal("7", Dashboard.Shown(Dashboard.Headline(FigureOf("overdue"), "", rows, 365, 5), 5));
    }

    [Theory]
    [InlineData(27, 4, "< 5")] // a few days: a child's referral could be picked out
    [InlineData(28, 4, "4")] // a month is coarse enough
    [InlineData(7, 5, "5")] // at the threshold, shown
    [InlineData(7, 0, "0")]
    public void A_figure_about_children_over_less_than_a_month_reads_below_the_threshold(int periodDays, int count, string shown) =>
        Assert.Equal(shown, Dashboard.Shown(Dashboard.Headline(FigureOf("minors"), "", [Row("referral.minor.referred", count)], periodDays, 5), 5));

    [Fact]
    public void Stopped_groups_and_minors_held_for_protection_are_headline_figures_the_held_ones_protected()
    {
        IReadOnlyList<TotalsRow> rows =
        [
            Row("interception.recorded", 2), Row("interception.person.child", 5), Row("minor_check.held", 3),
            Row("minor_check.reason.authorisation_missing", 3), Row("minor_check.cleared", 4),
        ];

        Assert.Equal(2, Dashboard.Headline(FigureOf("intercepted"), "", rows, 7, 5).Value);
        Assert.Equal((3, "< 5"), (Dashboard.Headline(FigureOf("minorsHeld"), "", rows, 365, 5).Value,
            Dashboard.Shown(Dashboard.Headline(FigureOf("minorsHeld"), "", rows, 7, 5), 5)));
    }

    [Fact]
    public void Crossings_are_never_hidden_as_small_numbers() =>
        Assert.Equal("2", Dashboard.Shown(Dashboard.Headline(FigureOf("crossings"), "", [Row("crossing.entry", 2)], 1, 5), 5));

    [Fact]
    public void A_time_series_with_a_small_cell_is_not_drawn_and_one_without_is_summed_per_period()
    {
        IReadOnlyList<TotalsRow> byDay =
        [
            Row("referral.minor.referred", 2, period: "2026-03-09", small: true),
            Row("crossing.entry", 10, period: "2026-03-09"), Row("crossing.exit", 5, "MAL", "2026-03-09"),
            new("OUA", Day.AddDays(1), "crossing.entry", 7, "2026-03-10"),
        ];

        Assert.Null(Dashboard.Series(FigureOf("minors"), byDay));
        Assert.Equal(["2026-03-09 15", "2026-03-10 7"], Dashboard.Series(FigureOf("crossings"), byDay)!.Select(b => $"{b.Label} {b.Value}"));
    }

    [Fact]
    public void Posts_are_compared_in_the_order_asked_with_Reporting_s_small_marks()
    {
        IReadOnlyList<TotalsRow> byPost = [Row("referral.victim.referred", 3, "MAL", small: true), Row("referral.victim.referred", 9, "OUA")];

        var bars = Dashboard.ByPost(FigureOf("victims"), byPost, ["OUA", "MAL", "BEL"]);

        Assert.Equal(["Ouanaminthe (OUA) 9", "Malpasse (MAL) < 5", "Belladère (BEL) 0"], bars.Select(b => $"{b.Label} {Dashboard.Shown(b, 5)}"));
    }

    [Fact]
    public void A_chart_shows_a_small_number_as_below_the_threshold_never_its_value()
    {
        var svg = Charts.Rows("post-minors", "Mineurs <signalés>", [new Bar("Malpasse (MAL)", 3, Small: true), new Bar("Ouanaminthe (OUA)", 12)], 5).ToString()!;

        Assert.StartsWith("<svg class=\"chart\" id=\"post-minors\" role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("&lt; 5", svg, StringComparison.Ordinal);
        Assert.Contains(">12<", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">3<", svg, StringComparison.Ordinal);
        Assert.Contains("url(#post-minors-hatch)", svg, StringComparison.Ordinal);
        Assert.Contains("Mineurs &lt;signal", svg, StringComparison.Ordinal); // text is encoded
    }

    [Fact]
    public void A_long_series_keeps_its_labels_readable()
    {
        var bars = Enumerable.Range(1, 104).Select(w => new Bar($"W{w}", w)).ToList();

        var svg = Charts.Columns("series-crossings", "Passages", bars, 5).ToString()!;

        Assert.Equal(104, System.Text.RegularExpressions.Regex.Count(svg, "<rect x="));
        Assert.InRange(System.Text.RegularExpressions.Regex.Count(svg, "class=\"chart-label\""), 2, 14); // at most ~12 period labels and the scale
    }

    [Theory]
    [InlineData(0, "0 min")]
    [InlineData(45, "45 min")]
    [InlineData(125, "2 h 05")]
    [InlineData(1565, "26 h 05")]
    public void Waits_read_in_minutes_then_hours(int minutes, string shown) => Assert.Equal(shown, Dashboard.Duration(minutes));
}
