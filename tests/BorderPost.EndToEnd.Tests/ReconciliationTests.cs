using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderPost.Contracts.Reference;
using BorderPost.HttpApi.Reporting;
using BorderPost.Reporting.Counting;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

/// <summary>
/// Reporting's totals against each service's own store, through the gateway as headquarters: zero on a scripted
/// scenario, the injected difference when one is put into Reporting's store, zero again once it is taken out.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ReconciliationTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task A_scripted_scenario_reconciles_to_zero_and_an_injected_difference_is_listed()
    {
        var (first, second) = (Api.Day(51), Api.Day(50));
        var midnight = HaitiCalendar.Bounds(first).End;
        var oua = stack.Tokens.Mint("officer", "OUA");
        var mal = stack.Tokens.Mint("officer", "MAL");
        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(oua, Api.Crossing(first, "OUA"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(oua, Api.Crossing(first, "OUA", "exit"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(oua, At(Api.Crossing(first, "OUA"), midnight.AddMinutes(-30)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(oua, At(Api.Crossing(first, "OUA"), midnight.AddMinutes(30)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(mal, Api.Crossing(second, "MAL"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/arrests", mal,
            ProtectionApi.Arrest(second, "MAL", offences: ["migrant_smuggling", "document_fraud"]))).StatusCode);
        var hq = stack.Tokens.Mint("hq");

        // By hand: OUA on the first day 2 entries (noon, 23:30) and 1 exit; 00:30 is the second day's entry; MAL 1 entry;
        // the arrest is one person and two offences.
        var settled = await ReconcileUntilAsync(hq, first, second, r => r.Differences.Count == 0 && Sums(r) == "crossings 5/5, arrests 3/3");
        Assert.Equal("crossings 5/5, arrests 3/3", Sums(settled));
        Assert.Empty(settled.Differences);

        await InjectAsync(new CountChanged("OUA", first, "crossing.entry", +1));
        var injected = await ReconcileUntilAsync(hq, first, second, r => r.Differences.Count > 0);
        Assert.Equal([$"crossings OUA {first:yyyy-MM-dd} crossing.entry 3 2"],
            injected.Differences.Select(d => $"{d.Source} {d.Post} {d.Day:yyyy-MM-dd} {d.Category} {d.Reporting} {d.Counted}"));

        await InjectAsync(new CountChanged("OUA", first, "crossing.entry", -1));
        Assert.Empty((await ReconcileUntilAsync(hq, first, second, r => r.Differences.Count == 0)).Differences);
    }

    [Fact]
    public async Task Everything_the_journeys_recorded_reconciles_through_the_command()
    {
        // Every day the other journeys write on, through their outages, redeliveries and restarts.
        var (from, to) = (Api.Day(90), Api.Day(-30));
        var hq = stack.Tokens.Mint("hq");
        var result = await ReconcileUntilAsync(hq, from, to, r => r.Differences.Count == 0);
        Assert.Empty(result.Differences);

        var (exitCode, output) = await DeployCommand.RunAsync("reconcile.sh", "--from", $"{from:yyyy-MM-dd}", "--to", $"{to:yyyy-MM-dd}", "--url", stack.GatewayUrl);
        Assert.True(exitCode == 0, output);
        Assert.EndsWith("0 differences", output.TrimEnd(), StringComparison.Ordinal);

        var (badExit, badOutput) = await DeployCommand.RunAsync("reconcile.sh", "--from", "2026-02-30", "--to", $"{to:yyyy-MM-dd}", "--url", stack.GatewayUrl);
        Assert.True(badExit == 2, badOutput);
    }

    [Fact]
    public async Task Only_headquarters_reconciles_and_only_headquarters_reads_a_service_s_counts()
    {
        var supervisor = stack.Tokens.Mint("supervisor", "OUA");
        var hq = stack.Tokens.Mint("hq");

        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, "/api/reports/reconciliation?from=2026-01-01&to=2026-01-31", supervisor)).StatusCode);
        foreach (var path in new[] { "/api/crossings/counts", "/api/arrests/counts", "/api/referrals/counts", "/api/document-checks/counts" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, path + "?from=2026-01-01&to=2026-01-31", supervisor)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Get, path + "?from=2026-01-01&to=2026-01-31", hq)).StatusCode);
        }
    }

    private static JsonObject At(JsonObject crossing, DateTimeOffset at)
    {
        crossing["occurredAt"] = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ");
        return crossing;
    }

    private static string Sums(ReconciliationResponse r) =>
        string.Join(", ", r.Sources.Where(s => s.Reporting + s.Counted > 0).Select(s => $"{s.Name} {s.Reporting}/{s.Counted}"));

    private async Task<ReconciliationResponse> ReconcileUntilAsync(string hq, DateOnly from, DateOnly to, Func<ReconciliationResponse, bool> done)
    {
        ReconciliationResponse? last = null;
        await Api.EventuallyAsync(async () =>
        {
            var response = await _client.SendAsync(HttpMethod.Get, $"/api/reports/reconciliation?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", hq);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            last = await response.Content.ReadFromJsonAsync<ReconciliationResponse>();
            return done(last!);
        }, TimeSpan.FromSeconds(90));
        return last!;
    }

    /// <summary>A count change written straight into Reporting's store, as a bug or a tampering would.</summary>
    private async Task InjectAsync(CountChanged change)
    {
        await using var session = stack.ReportingStore().LightweightSession();
        var id = Guid.NewGuid();
        session.Events.StartStream(id, new MessageCounted(id), change);
        await session.SaveChangesAsync();
    }
}
