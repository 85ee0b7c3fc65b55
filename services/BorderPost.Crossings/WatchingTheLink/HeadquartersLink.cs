using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BorderPost.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace BorderPost.Crossings.WatchingTheLink;

/// <summary>
/// Reads the post's end of the federation link (deploy/link-post.sh): the durable queues, named
/// <c>federation: …</c>, in which the post's broker keeps its events for headquarters. Headquarters' broker consumes
/// them while the link is up; while it is down, they have no consumer and their messages wait. A singleton: its last
/// answer is reused for <see cref="LinkStatusOptions.CacheFor"/>.
/// </summary>
public sealed class HeadquartersLink(IHttpClientFactory clients, IOptions<LinkStatusOptions> options, IOptions<NodeOptions> node,
    RabbitMqAddress broker, TimeProvider clock, ILogger<HeadquartersLink> logger)
{
    private volatile HeadquartersLinkView? _last;

    public async Task<HeadquartersLinkView> StatusAsync(CancellationToken ct)
    {
        var post = node.Value.Name;
        if (!node.Value.IsPost)
        {
            return new HeadquartersLinkView(post, HeadquartersLinkStates.Headquarters, 0, clock.GetUtcNow());
        }
        if (_last is { } last && clock.GetUtcNow() - last.CheckedAt < options.Value.CacheFor)
        {
            return last;
        }
        return _last = await AskAsync(post, ct);
    }

    private async Task<HeadquartersLinkView> AskAsync(string post, CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        if (string.IsNullOrEmpty(settings.Username))
        {
            return new HeadquartersLinkView(post, HeadquartersLinkStates.Unknown, 0, now);
        }
        var api = settings.ManagementUrl ?? new Uri($"http://{broker.Host}:15672/");
        using var request = new HttpRequestMessage(HttpMethod.Get,
            new Uri(api, $"api/queues/{Uri.EscapeDataString(broker.VirtualHost)}?columns=name,messages,consumers"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Username}:{settings.Password}")));
        try
        {
            using var response = await clients.CreateClient(nameof(HeadquartersLink)).SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
            var queues = (await response.Content.ReadFromJsonAsync<JsonArray>(ct) ?? [])
                .Select(q => q!.AsObject())
                .Where(q => ((string?)q["name"])?.StartsWith("federation: ", StringComparison.Ordinal) == true)
                .ToList();
            if (queues.Count == 0)
            {
                return new HeadquartersLinkView(post, HeadquartersLinkStates.Unknown, 0, now);
            }
            var connected = queues.Any(q => (long?)q["consumers"] > 0);
            var waiting = queues.Sum(q => (long?)q["messages"] ?? 0);
            return new HeadquartersLinkView(post, connected ? HeadquartersLinkStates.Connected : HeadquartersLinkStates.Cut, waiting, now);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException
                                      or InvalidOperationException && !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "The post's broker could not say how its link to headquarters is");
            return new HeadquartersLinkView(post, HeadquartersLinkStates.Unknown, 0, now);
        }
    }
}
