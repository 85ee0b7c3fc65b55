using System.Net;
using System.Net.Http.Json;
using BorderPost.Reporting.Counting;
using BorderPost.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BorderPost.Reporting.Tests;

/// <summary>Reporting of its own (a schema of its own): the totals rebuilt from the events while they keep answering.</summary>
public sealed class RebuildFactory() : ServiceFactory<ReportingApp>("reporting");

public sealed class RebuildTests(RebuildFactory service) : IClassFixture<RebuildFactory>
{
    private const string Query = "/api/reports/totals?from=2024-02-01&to=2024-02-29&post=MAL&groupBy=week"; // read from the daily totals

    [Fact]
    public async Task Totals_answer_from_the_previous_figures_while_rebuilt_then_from_the_events_again()
    {
        var store = service.Services.GetRequiredService<IDocumentStore>();
        await AppendAsync(store, new CountChanged("MAL", new(2024, 2, 10), "crossing.entry", 3), new CountChanged("MAL", new(2024, 2, 11), "crossing.entry", 1));
        using var hq = service.ClientAs("hq");
        using var admin = service.ClientAs("admin");
        Assert.True(await Api.EventuallyAsync(async () => (await hq.GetFromJsonAsync<TotalsResponse>(Query))!.Total == 4));

        // A projection gone wrong (what a rebuild is for): the stored day now reads 99 instead of 3.
        var daily = $"\"{store.Options.DatabaseSchemaName}\".mt_doc_dailytotal";
        await using (var connection = store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await using var drift = new NpgsqlCommand($"UPDATE {daily} SET data = jsonb_set(data, '{{counts,crossing.entry}}', '99') WHERE id = 'MAL:2024-02-10'", connection);
            Assert.Equal(1, await drift.ExecuteNonQueryAsync());
        }
        Assert.Equal(100, (await hq.GetFromJsonAsync<TotalsResponse>(Query))!.Total);

        // Hold the daily totals' table: the rebuild begins (the figures are copied) but cannot rewrite them until released.
        await using var holder = store.Storage.Database.CreateConnection();
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var share = new NpgsqlCommand($"LOCK TABLE {daily} IN SHARE MODE", holder, hold))
        {
            await share.ExecuteNonQueryAsync();
        }
        var begun = await admin.PostAsync("/api/reports/rebuild", null);
        Assert.Equal(HttpStatusCode.Accepted, begun.StatusCode);
        Assert.Equal("/api/reports/rebuild", begun.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync("/api/reports/rebuild", null)).StatusCode);

        // Meanwhile: the figures from before, said to be so, with the rebuild's progress; no reconciliation on half-built totals.
        var during = await hq.GetFromJsonAsync<TotalsResponse>(Query);
        Assert.Equal(100, during!.Total);
        Assert.Equal(RebuildStates.Running, during.Rebuild?.State);
        Assert.NotNull(during.Rebuild!.FiguresAsOf);
        var status = await hq.GetFromJsonAsync<RebuildStatus>("/api/reports/rebuild");
        Assert.Equal(RebuildStates.Running, status!.State);
        Assert.False(string.IsNullOrEmpty(status.RequestedBy));
        Assert.InRange(status.Percent, 0, 49);
        Assert.True(status.Target >= 2 * 3, $"target {status.Target}"); // three events, folded by two projections
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await hq.GetAsync("/api/reports/reconciliation?from=2024-02-01&to=2024-02-29")).StatusCode);

        await hold.CommitAsync();
        var last = "";
        Assert.True(await Api.EventuallyAsync(async () =>
            (last = await (await hq.GetAsync("/api/reports/rebuild")).Content.ReadAsStringAsync()).Contains("\"completed\"", StringComparison.Ordinal), TimeSpan.FromSeconds(60)), last);

        // Rebuilt from the events: the drift is gone, the answer no longer speaks of a rebuild, and new events still count.
        var after = await hq.GetFromJsonAsync<TotalsResponse>(Query);
        Assert.Equal((4, null), (after!.Total, after.Rebuild));
        var done = await hq.GetFromJsonAsync<RebuildStatus>("/api/reports/rebuild");
        Assert.Equal((100, done!.Target), (done.Percent, done.Processed));
        Assert.NotNull(done.FinishedAt);
        await AppendAsync(store, new CountChanged("MAL", new(2024, 2, 12), "crossing.exit", 2));
        Assert.True(await Api.EventuallyAsync(async () => (await hq.GetFromJsonAsync<TotalsResponse>(Query))!.Total == 6));
    }

    [Fact]
    public async Task Only_an_admin_starts_a_rebuild_and_an_officer_cannot_see_one()
    {
        using var hq = service.ClientAs("hq");
        using var officer = service.ClientAs("officer", "MAL");

        Assert.Equal(HttpStatusCode.Forbidden, (await hq.PostAsync("/api/reports/rebuild", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/reports/rebuild")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hq.GetAsync("/api/reports/rebuild")).StatusCode);
    }

    [Fact]
    public void The_service_reports_its_use_of_MassTransit_to_no_one()
    {
        // Every service's messaging goes through the same defaults; MassTransit would otherwise phone usage-tracking.masstransit.io.
        var telemetry = service.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MassTransit.UsageTelemetryOptions>>().Value;
        Assert.False(telemetry.Enabled);
    }

    private static async Task AppendAsync(IDocumentStore store, params CountChanged[] changes)
    {
        await using var session = store.LightweightSession();
        var id = Guid.NewGuid();
        session.Events.StartStream(id, [new MessageCounted(id), .. changes]);
        await session.SaveChangesAsync();
    }
}
