using System.Net;
using System.Net.Http.Json;
using BorderPost.Reporting.Counting;
using BorderPost.Testing;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task Counts_stored_for_two_posts_read_back_by_month_for_those_posts_and_by_post_for_a_supervisor()
    {
        // Count changes as the consumers write them; the projection daemon folds them into daily totals.
        var store = service.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            var id = Guid.NewGuid();
            session.Events.StartStream(id, new MessageCounted(id),
                new CountChanged("BEL", new(2025, 3, 30), "crossing.entry", 4),
                new CountChanged("BEL", new(2025, 3, 31), "crossing.entry", 2),
                new CountChanged("BEL", new(2025, 4, 1), "crossing.exit", 1),
                new CountChanged("AAP", new(2025, 4, 15), "arrest.persons", 3),
                new CountChanged("OUA", new(2025, 4, 15), "crossing.entry", 50));
            await session.SaveChangesAsync();
        }
        // Daily and monthly totals are two projections that advance on their own: wait for both, not for the first to show.
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        using var hq = service.ClientAs("hq");
        using var supervisor = service.ClientAs("supervisor", "BEL");

        TotalsResponse? byMonth = null;
        Assert.True(await Api.EventuallyAsync(async () =>
        {
            byMonth = await hq.GetFromJsonAsync<TotalsResponse>("/api/reports/totals?from=2025-03-01&to=2025-04-30&post=BEL,AAP&groupBy=month");
            return byMonth!.Total == 10;
        }));
        var bySupervisor = await supervisor.GetFromJsonAsync<TotalsResponse>("/api/reports/totals?from=2025-03-01&to=2025-04-30&groupBy=post");

        Assert.Equal(["2025-03 BEL crossing.entry 6", "2025-04 AAP arrest.persons 3", "2025-04 BEL crossing.exit 1"],
            byMonth!.Rows.Select(r => $"{r.Period} {r.Post} {r.Category} {r.Count}"));
        Assert.Equal("month", byMonth.GroupBy);
        Assert.Equal(["2025-03-01/2025-04-30 BEL crossing.entry 6", "2025-03-01/2025-04-30 BEL crossing.exit 1"],
            bySupervisor!.Rows.Select(r => $"{r.Period} {r.Post} {r.Category} {r.Count}"));

        // Whole months read the monthly totals, the part-months at either end the daily ones.
        Assert.True(await Api.EventuallyAsync(async () =>
            (await hq.GetFromJsonAsync<TotalsResponse>("/api/reports/totals?from=2025-03-01&to=2025-04-30&post=BEL&groupBy=year"))!.Total == 7));
        var edges = await hq.GetFromJsonAsync<TotalsResponse>("/api/reports/totals?from=2025-03-31&to=2025-04-14&post=BEL,AAP&groupBy=month");
        Assert.Equal(["2025-03 BEL crossing.entry 2", "2025-04 BEL crossing.exit 1"], edges!.Rows.Select(r => $"{r.Period} {r.Post} {r.Category} {r.Count}"));
        var spanning = await hq.GetFromJsonAsync<TotalsResponse>("/api/reports/totals?from=2025-03-31&to=2025-05-01&groupBy=post");
        Assert.Equal(["AAP arrest.persons 3", "BEL crossing.entry 2", "BEL crossing.exit 1", "OUA crossing.entry 50"],
            spanning!.Rows.Select(r => $"{r.Post} {r.Category} {r.Count}"));
    }

    [Fact]
    public async Task Counts_about_people_split_by_sex_and_age_band_add_up_to_the_count()
    {
        var store = service.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            var id = Guid.NewGuid();
            session.Events.StartStream(id, new MessageCounted(id),
                new CountChanged("AAP", new(2025, 5, 10), "referral.minor.referred", 1, "F", "6-11"),
                new CountChanged("AAP", new(2025, 5, 11), "referral.minor.referred", 1, "F", "6-11"),
                new CountChanged("AAP", new(2025, 5, 12), "referral.minor.referred", 1, "M", "0-5"),
                new CountChanged("AAP", new(2025, 5, 12), "document.clear", 2));
            await session.SaveChangesAsync();
        }
        // Daily and monthly totals are two projections that advance on their own: wait for both, not for the first to show.
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        using var hq = service.ClientAs("hq");

        TotalsResponse? split = null;
        Assert.True(await Api.EventuallyAsync(async () =>
        {
            split = await hq.GetFromJsonAsync<TotalsResponse>("/api/reports/totals?from=2025-05-01&to=2025-05-31&post=AAP&groupBy=month&by=sex,ageBand");
            return split!.Total == 5;
        }));

        Assert.Equal(["document.clear - - 2", "referral.minor.referred F 6-11 2", "referral.minor.referred M 0-5 1"],
            split!.Rows.Select(r => $"{r.Category} {r.Sex ?? "-"} {r.AgeBand ?? "-"} {r.Count}"));
        Assert.DoesNotContain(split.Rows, r => r.Small); // a month per post is coarse enough

        // By day, each child's referral is a small number; the period's total stays exact.
        var byDay = await hq.GetFromJsonAsync<TotalsResponse>("/api/reports/totals?from=2025-05-01&to=2025-05-31&post=AAP");
        Assert.Equal(["2025-05-10 referral.minor.referred True", "2025-05-11 referral.minor.referred True", "2025-05-12 document.clear False",
            "2025-05-12 referral.minor.referred True"], byDay!.Rows.Select(r => $"{r.Period} {r.Category} {r.Small}"));
        Assert.Equal((5, 5), (byDay.Total, byDay.SmallNumberThreshold));

        // The same query as CSV: the HXL row, then the rows with their small numbers shown as "< 5".
        var csv = await hq.GetAsync("/api/reports/totals.csv?from=2025-05-01&to=2025-05-31&post=AAP");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("#date+period,", lines[1], StringComparison.Ordinal);
        Assert.Equal("2025-05-12,2025-05-12,2025-05-12,Sud-Est,Anse-à-Pitres,AAP,referral.minor.referred,,,,,,< 5", lines[^1]);
        var xlsx = await hq.GetAsync("/api/reports/totals.xlsx?from=2025-05-01&to=2025-05-31&post=AAP");
        Assert.Equal(Totals.TotalsXlsx.ContentType, xlsx.Content.Headers.ContentType?.MediaType);
        await using var workbook = await xlsx.Content.ReadAsStreamAsync();
        using var copy = new MemoryStream();
        await workbook.CopyToAsync(copy);
        Assert.Equal(lines.Length, MiniExcelLibs.MiniExcel.Query(copy).Count()); // the column names, the HXL row and the rows, as in the CSV
        using var officer = service.ClientAs("officer", "AAP");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/reports/totals.csv?from=2025-05-01&to=2025-05-31")).StatusCode);
    }

    [Theory]
    [InlineData("from=2026-11-01&to=2026-11-30&by=age", "by")]
    [InlineData("from=2026-11-01&to=2026-11-30&by=sex,nationality", "by")]
    [InlineData("from=2026-11-01&to=2026-11-30&by=purpose,agency", "by")]
    [InlineData("from=2026-11-01&to=2026-11-30&post=OUA,XYZ", "post")]
    [InlineData("from=2026-11-01&to=2026-11-30&groupBy=fortnight", "groupBy")]
    [InlineData("from=2020-01-01&to=2026-11-30", "to")]
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
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/api/reports/totals?from=2026-11-01&to=2026-11-30&post=MAL,OUA")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/reports/totals?from=2026-11-01&to=2026-11-30")).StatusCode);
    }
}
