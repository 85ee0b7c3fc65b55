using System.Net;
using BorderPost.Testing;

namespace BorderPost.Reporting.Tests;

public sealed class ReportBadInputTests(ReportingFactory service) : IClassFixture<ReportingFactory>
{
    private readonly HttpClient _client = service.CreateClient();

    [Fact]
    public async Task Bad_report_parameters_are_named()
    {
        var hq = service.Mint("hq");
        var response = await _client.SendAsync(HttpMethod.Get, "/api/reports/totals?from=2026-13-01&to=yesterday&post=OUANA", hq);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["from", "post", "to"], (await response.ProblemAsync()).ErrorFields());
    }

    // The calendar's last days once overflowed the month arithmetic of the totals into a 500.
    [Theory]
    [InlineData("/api/reports/totals?from=9999-12-31&to=9999-12-31", new[] { "from", "to" })]
    [InlineData("/api/reports/totals?from=2026-01-01&to=9999-12-31&groupBy=month", new[] { "to" })]
    [InlineData("/api/reports/totals.csv?from=9999-12-01&to=9999-12-31", new[] { "from", "to" })]
    [InlineData("/api/reports/totals.xlsx?from=0001-01-01&to=0001-01-31", new[] { "from", "to" })]
    [InlineData("/api/reports/reconciliation?from=9999-12-31&to=9999-12-31", new[] { "from", "to" })]
    public async Task Days_outside_the_century_are_named_not_a_crash(string url, string[] fields)
    {
        var response = await _client.SendAsync(HttpMethod.Get, url, service.Mint("hq"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fields, (await response.ProblemAsync()).ErrorFields());
    }
}
