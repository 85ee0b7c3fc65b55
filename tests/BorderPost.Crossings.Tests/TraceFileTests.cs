using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BorderPost.Crossings.Tests;

/// <summary>
/// Alone: span listeners are process-wide, so the other test classes' hosts would fill the span queue with their own
/// database spans while this one runs, and a full queue drops spans (it failed once that way on a slow machine).
/// </summary>
[CollectionDefinition(nameof(TraceFileTests), DisableParallelization = true)]
public sealed class TraceFileCollection;

[Collection(nameof(TraceFileTests))]
public sealed class TraceFileTests
{
    [Fact]
    public async Task With_a_trace_directory_a_recorded_crossing_leaves_its_request_and_its_query_as_spans_of_one_trace()
    {
        var directory = Directory.CreateTempSubdirectory("borderpost-traces-").FullName;
        var factory = new CrossingsFactory();
        factory.Settings["Telemetry:TraceDirectory"] = directory;
        await factory.InitializeAsync();
        try
        {
            using var officer = factory.ClientAs("officer", "OUA");
            var request = CrossingRequests.Valid() with
            {
                Id = Guid.NewGuid(),
                OccurredAt = DateTime.UtcNow.AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            };
            Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/crossings", request)).StatusCode);
            // The client has its response before the server's pipeline ends its span; stopping the host at once can
            // shut the exporter before that span is queued (it failed that way on the 2-core CI machine). The
            // exporter writes every second, so wait for the request's span to reach the file first.
            await WaitForServerSpanAsync(directory, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync(); // stops the host, which flushes the spans
        }

        var spans = Directory.GetFiles(directory, "*.jsonl")
            .SelectMany(File.ReadAllLines)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();
        // (Other tests' hosts in this process may add spans of their own: the listeners are process-wide.)
        var servers = spans.Where(s => s.GetProperty("name").GetString() == "POST /api/crossings" && s.GetProperty("kind").GetString() == "Server").ToList();
        Assert.NotEmpty(servers);
        Assert.All(servers, s => Assert.Equal("BorderPost.Crossings", s.GetProperty("service").GetString()));
        Assert.Contains(servers, server => spans.Any(s => s.GetProperty("trace").GetString() == server.GetProperty("trace").GetString()
            && s.GetProperty("kind").GetString() == "Client" && s.GetProperty("ms").GetDouble() >= 0));
        Directory.Delete(directory, recursive: true);
    }

    private static async Task WaitForServerSpanAsync(string directory, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            var written = Directory.GetFiles(directory, "*.jsonl").Select(ReadShared);
            if (written.Any(text => text.Contains("\"name\":\"POST /api/crossings\"", StringComparison.Ordinal)
                && text.Contains("\"kind\":\"Server\"", StringComparison.Ordinal)))
            {
                return;
            }
            await Task.Delay(200);
        }
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
