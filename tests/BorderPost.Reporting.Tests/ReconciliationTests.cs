using System.Net;
using BorderPost.Reporting.Reconciling;
using BorderPost.ServiceDefaults.Http;
using BorderPost.Testing;

namespace BorderPost.Reporting.Tests;

/// <summary>The comparison itself (pure), and the endpoint's refusals; the whole loop runs across services end to end.</summary>
public sealed class ReconciliationTests(ReportingFactory service) : IClassFixture<ReportingFactory>
{
    private static readonly DayRange March = new(new(2026, 3, 1), new(2026, 3, 31));
    private static readonly DateOnly Day = new(2026, 3, 9);

    private static ReconciliationSource Source(string name) => ReconciliationSource.All.Single(s => s.Name == name);

    [Fact]
    public void Equal_figures_give_no_difference_and_each_service_sums_only_its_own_categories()
    {
        IReadOnlyList<SourceCount> reporting =
        [
            new("OUA", Day, "crossing.entry", 3), new("MAL", Day, "crossing.exit", 1), new("OUA", Day, "arrest.persons", 2),
        ];

        var result = Reconciliation.Compare(March, reporting,
        [
            (Source("crossings"), [new("MAL", Day, "crossing.exit", 1), new("OUA", Day, "crossing.entry", 2), new("OUA", Day, "crossing.entry", 1)]),
            (Source("arrests"), [new("OUA", Day, "arrest.persons", 2)]),
            (Source("protection"), []),
        ]);

        Assert.Empty(result.Differences);
        Assert.Equal(["crossings crossing.* 4 4", "arrests arrest.*, interception.* 2 2", "protection referral.*, screening.*, minor_check.* 0 0"],
            result.Sources.Select(s => $"{s.Name} {s.Categories} {s.Reporting} {s.Counted}"));
    }

    [Fact]
    public void Every_cell_that_differs_is_listed_whichever_side_lacks_it()
    {
        IReadOnlyList<SourceCount> reporting =
        [
            new("OUA", Day, "crossing.entry", 3), // one too many
            new("BEL", Day, "crossing.exit", 1), // the service has none
            new("OUA", Day, "referral.minor.referred", 1),
        ];

        var result = Reconciliation.Compare(March, reporting,
        [
            (Source("crossings"), [new("OUA", Day, "crossing.entry", 2), new("AAP", Day.AddDays(1), "crossing.entry", 1)]),
            (Source("protection"), [new("OUA", Day, "referral.minor.referred", 1)]),
        ]);

        Assert.Equal(["crossings BEL 2026-03-09 crossing.exit 1 0", "crossings OUA 2026-03-09 crossing.entry 3 2",
                "crossings AAP 2026-03-10 crossing.entry 0 1"],
            result.Differences.Select(d => $"{d.Source} {d.Post} {d.Day:yyyy-MM-dd} {d.Category} {d.Reporting} {d.Counted}"));
    }

    [Fact]
    public async Task Without_every_service_to_ask_the_answer_is_a_503_naming_them_never_an_empty_list()
    {
        using var hq = service.ClientAs("hq");

        var response = await hq.GetAsync("/api/reports/reconciliation?from=2026-03-01&to=2026-03-31");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.All(ReconciliationSource.All, s => Assert.Contains(s.Name, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_headquarters_reconciles_and_a_bad_period_is_named()
    {
        using var supervisor = service.ClientAs("supervisor", "OUA");
        using var hq = service.ClientAs("hq");

        var bySupervisor = await supervisor.GetAsync("/api/reports/reconciliation?from=2026-03-01&to=2026-03-31");
        var badPeriod = await hq.GetAsync("/api/reports/reconciliation?from=2026-03-31&to=2026-03-01");
        var noPeriod = await hq.GetAsync("/api/reports/reconciliation");

        Assert.Equal(HttpStatusCode.Forbidden, bySupervisor.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Equal(["to"], (await badPeriod.ProblemAsync()).ErrorFields());
        Assert.Equal(["from", "to"], (await noPeriod.ProblemAsync()).ErrorFields());
    }
}
