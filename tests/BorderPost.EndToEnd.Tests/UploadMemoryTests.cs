using System.Net;
using System.Net.Http.Headers;
using BorderPost.Testing;
using Xunit.Abstractions;

namespace BorderPost.EndToEnd.Tests;

/// <summary>
/// Many officers upload large pictures at once: each upload is streamed to a bounded buffer (a temporary file past
/// 64 KB) and read into memory only once it has a reading slot, so memory holds a few pictures, not hundreds.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class UploadMemoryTests(BorderPostStack stack, ITestOutputHelper output)
{
    /// <summary>
    /// What 300 uploads of 10 MB may add to the managed heap of the process (every service of the stack runs in it),
    /// garbage not yet collected included. Measured: +728 MB; before uploads waited for a slot unread, +4,001 MB.
    /// </summary>
    private const long BudgetBytes = 1536L << 20;

    [Fact]
    public async Task Three_hundred_concurrent_ten_megabyte_uploads_stay_within_the_memory_budget_and_the_service_keeps_answering()
    {
        // One 10 MB picture shared by every request (a passport followed by padding), so the test itself holds 10 MB,
        // not 3 GB. A passport read at this post only: the same document at two posts within hours is reported.
        var (passport, _) = DocumentSamples.CleanPassport(4);
        var picture = new byte[10 * 1024 * 1024 - 64 * 1024];
        passport.CopyTo(picture, 0);
        var officer = stack.Tokens.Mint("officer", "OUA");
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 300 })
        {
            BaseAddress = new Uri(stack.GatewayUrl),
            Timeout = TimeSpan.FromMinutes(5),
        };
        var baseline = Settle();
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(50);
            }
        });
        var livenessDuringBurst = new List<HttpStatusCode>();

        var uploads = Enumerable.Range(0, 300).Select(async _ =>
        {
            using var content = DocumentSamples.Upload(picture);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/document-checks") { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", officer);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }).ToList();
        while (!uploads.All(u => u.IsCompleted))
        {
            using var live = await client.GetAsync(stack.Documents.Url + "/health/live");
            livenessDuringBurst.Add(live.StatusCode);
            await Task.Delay(500);
        }
        var statuses = await Task.WhenAll(uploads);
        await sampling.CancelAsync();
        await sampler;

        var grown = peak - baseline;
        output.WriteLine($"managed heap: baseline {baseline >> 20} MB, peak {peak >> 20} MB (+{grown >> 20} MB); answers: "
            + string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{(int)g.Key}×{g.Count()}")));
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, $"answer {(int)s}"));
        Assert.Contains(HttpStatusCode.Created, statuses);
        Assert.All(livenessDuringBurst, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.True(grown < BudgetBytes, $"memory grew by {grown >> 20} MB during the burst (budget {BudgetBytes >> 20} MB)");

        // Afterwards, an upload is read as usual.
        using var after = new HttpRequestMessage(HttpMethod.Post, "/api/document-checks") { Content = DocumentSamples.Upload(passport) };
        after.Headers.Authorization = new AuthenticationHeaderValue("Bearer", officer);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(after)).StatusCode);
    }

    private static long Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
