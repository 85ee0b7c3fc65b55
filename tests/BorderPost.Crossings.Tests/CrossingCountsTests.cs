using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using BorderPost.Contracts.Reference;
using BorderPost.HttpApi.Reporting;
using BorderPost.Testing;

namespace BorderPost.Crossings.Tests;

/// <summary>What Crossings tells the reconciliation: live crossings by post, Haitian day and direction, as last corrected.</summary>
public sealed class CrossingCountsTests(CrossingsFactory service) : IClassFixture<CrossingsFactory>
{
    [Fact]
    public async Task Counts_follow_haitian_days_corrections_and_voids()
    {
        // A day of this test's own, some months back; two crossings either side of midnight in Haiti.
        var day = HaitiCalendar.Today(TimeProvider.System).AddDays(-100 - Random.Shared.Next(150));
        var midnight = HaitiCalendar.Bounds(day).End;
        using var officer = service.ClientAs("officer", "OUA");
        using var supervisor = service.ClientAs("supervisor", "OUA");
        await RecordAsync(officer, "entry", midnight.AddMinutes(-30));
        await RecordAsync(officer, "entry", midnight.AddMinutes(30));
        var corrected = await RecordAsync(officer, "entry", midnight.AddMinutes(-60));
        var voided = await RecordAsync(officer, "exit", midnight.AddMinutes(-90));

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/crossings/{corrected.Id}/corrections",
            new CrossingCorrectionRequest(corrected with { Direction = "exit" }, "Sens inversé à la saisie"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/crossings/{voided.Id}/void",
            new VoidCrossingRequest("Saisie en double"))).StatusCode);
        using var hq = service.ClientAs("hq");

        var counts = await hq.GetFromJsonAsync<SourceCounts>($"/api/crossings/counts?from={day:yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}");

        Assert.Equal([$"OUA {day:yyyy-MM-dd} crossing.entry 1", $"OUA {day:yyyy-MM-dd} crossing.exit 1", $"OUA {day.AddDays(1):yyyy-MM-dd} crossing.entry 1"],
            counts!.Rows.Select(r => $"{r.Post} {r.Day:yyyy-MM-dd} {r.Category} {r.Count}"));
    }

    [Fact]
    public async Task Only_headquarters_reads_the_counts_and_a_bad_period_is_named()
    {
        using var officer = service.ClientAs("officer", "OUA");
        using var hq = service.ClientAs("hq");

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/crossings/counts?from=2026-01-01&to=2026-01-31")).StatusCode);
        var bad = await hq.GetAsync("/api/crossings/counts?from=2026-01-31&to=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["to"], (await bad.ProblemAsync()).ErrorFields());
        // The calendar's last day once overflowed the end of the period into a 500.
        var lastDay = await hq.GetAsync("/api/crossings/counts?from=2026-01-01&to=9999-12-31");
        Assert.Equal(HttpStatusCode.BadRequest, lastDay.StatusCode);
        Assert.Equal(["to"], (await lastDay.ProblemAsync()).ErrorFields());
    }

    private static async Task<CrossingRequest> RecordAsync(HttpClient officer, string direction, DateTimeOffset at)
    {
        var request = CrossingRequests.Valid() with
        {
            Direction = direction,
            OccurredAt = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        };
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/crossings", request)).StatusCode);
        return request;
    }
}
