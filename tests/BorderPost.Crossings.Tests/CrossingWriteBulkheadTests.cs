using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BorderPost.Testing;

namespace BorderPost.Crossings.Tests;

/// <summary>Crossings with the narrowest bulkhead: one crossing written at a time, none waiting.</summary>
public sealed class NarrowBulkheadFactory : ServiceFactory<CrossingsApp>
{
    public NarrowBulkheadFactory()
        : base("crossings")
    {
        Settings["Bulkheads:CrossingWrites:PermitLimit"] = "1";
        Settings["Bulkheads:CrossingWrites:QueueLimit"] = "0";
    }
}

public sealed class CrossingWriteBulkheadTests(NarrowBulkheadFactory service) : IClassFixture<NarrowBulkheadFactory>
{
    [Fact]
    public async Task Crossings_past_the_bulkhead_are_refused_with_a_503_to_retry_and_each_retry_records_once()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var occurredAt = DateTime.UtcNow.AddMinutes(-5);
        var requests = Enumerable.Range(0, 40).Select(_ => CrossingRequests.Valid() with
        {
            Id = Guid.NewGuid(),
            OccurredAt = occurredAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();

        var answers = await Task.WhenAll(requests.Select(r => officer.PostAsJsonAsync("/api/crossings", r)));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, a.StatusCode.ToString()));
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(refused);
        Assert.Equal("application/problem+json", refused[0].Content.Headers.ContentType?.MediaType);
        Assert.Equal("2", refused[0].Headers.RetryAfter?.ToString());
        Assert.StartsWith("Trop de passages", (await refused[0].Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        // The client sends each refused crossing again, one at a time: all are recorded, each once.
        foreach (var (request, answer) in requests.Zip(answers))
        {
            if (answer.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/crossings", request)).StatusCode);
            }
        }
        var day = (await officer.GetFromJsonAsync<CrossingView>($"/api/crossings/{requests[0].Id}"))!.Day;
        var page = await officer.GetFromJsonAsync<CrossingPage>($"/api/crossings?post=OUA&day={day:yyyy-MM-dd}&pageSize=200");
        var ids = requests.Select(r => r.Id!.Value).ToHashSet();
        Assert.Equal(40, page!.Items.Count(c => ids.Contains(c.Id)));
    }
}
