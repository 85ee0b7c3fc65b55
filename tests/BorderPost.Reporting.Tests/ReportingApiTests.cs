using System.Net;
using System.Net.Http.Json;
using BorderPost.Testing;

namespace BorderPost.Reporting.Tests;

/// <summary>Reporting alone, through its HTTP API, on the real PostgreSQL and RabbitMQ (a schema and vhost of its own).</summary>
public sealed class ReportingFactory() : ServiceFactory<ReportingApp>("reporting");

public sealed class ReportingApiTests(ReportingFactory service) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task Headquarters_gets_counts_for_a_period_and_a_post()
    {
        using var hq = service.ClientAs("hq");

        var totals = await hq.GetFromJsonAsync<TotalsResponse>("/api/reports/totals?from=2026-11-01&to=2026-11-30&post=OUA");

        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), (totals!.From, totals.To));
        Assert.All(totals.Rows, row => Assert.Equal("OUA", row.Post));
    }

    [Theory]
    [InlineData("from=2026-11-01&to=2026-11-30&post=XYZ", "post")]
    [InlineData("from=2026-11-01&to=2025-11-30", "to")]
    [InlineData("from=yesterday&to=2026-11-30", "from")]
    public async Task A_bad_query_names_the_field(string query, string field)
    {
        using var hq = service.ClientAs("hq");

        var response = await hq.GetAsync("/api/reports/totals?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_supervisor_sees_their_own_post_and_an_officer_nothing()
    {
        using var supervisor = service.ClientAs("supervisor", "MAL");
        using var officer = service.ClientAs("officer", "MAL");

        var own = await supervisor.GetAsync("/api/reports/totals?from=2026-11-01&to=2026-11-30");
        var other = await supervisor.GetAsync("/api/reports/totals?from=2026-11-01&to=2026-11-30&post=OUA");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/reports/totals?from=2026-11-01&to=2026-11-30")).StatusCode);
    }
}
