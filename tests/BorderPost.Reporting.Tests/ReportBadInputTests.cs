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
}
