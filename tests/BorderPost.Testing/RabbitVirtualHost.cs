using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace BorderPost.Testing;

/// <summary>A RabbitMQ virtual host of the test run's own, created and deleted through the management API.</summary>
internal sealed class RabbitVirtualHost(string name) : IAsyncDisposable
{
    private readonly HttpClient _http = CreateClient();
    private readonly List<string> _users = [];

    public string Name { get; } = name;

    public async Task CreateAsync()
    {
        var vhost = Uri.EscapeDataString(Name);
        (await _http.PutAsync($"/api/vhosts/{vhost}", JsonContent.Create(new { }))).EnsureSuccessStatusCode();
        var permissions = new { configure = ".*", write = ".*", read = ".*" };
        (await _http.PutAsJsonAsync($"/api/permissions/{vhost}/{Uri.EscapeDataString(TestSettings.RabbitUser)}", permissions))
            .EnsureSuccessStatusCode();
    }

    /// <summary>A user without tags (no management UI) with these permissions on this virtual host only.</summary>
    public async Task AddUserAsync(string user, string password, RabbitPermissions permissions)
    {
        var name = Uri.EscapeDataString(user);
        (await _http.PutAsJsonAsync($"/api/users/{name}", new { password, tags = "" })).EnsureSuccessStatusCode();
        _users.Add(user);
        var grant = new { configure = permissions.Configure, write = permissions.Write, read = permissions.Read };
        (await _http.PutAsJsonAsync($"/api/permissions/{Uri.EscapeDataString(Name)}/{name}", grant)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A user that may look at this virtual host through the management API (tag <c>management</c>) and may neither
    /// read nor write a message (empty permissions): how a post sees its link.
    /// </summary>
    public async Task AddLookerAsync(string user, string password)
    {
        var name = Uri.EscapeDataString(user);
        (await _http.PutAsJsonAsync($"/api/users/{name}", new { password, tags = "management" })).EnsureSuccessStatusCode();
        _users.Add(user);
        var nothing = new { configure = "", write = "", read = "" };
        (await _http.PutAsJsonAsync($"/api/permissions/{Uri.EscapeDataString(Name)}/{name}", nothing)).EnsureSuccessStatusCode();
    }

    public async Task DeleteQueueAsync(string queue) =>
        (await _http.DeleteAsync($"/api/queues/{Uri.EscapeDataString(Name)}/{Uri.EscapeDataString(queue)}")).EnsureSuccessStatusCode();

    /// <summary>Each queue of the virtual host with its type (classic, quorum) and whether it is durable.</summary>
    public async Task<IReadOnlyList<(string Name, string Type, bool Durable)>> QueuesAsync()
    {
        var queues = await _http.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>(
            $"/api/queues/{Uri.EscapeDataString(Name)}?columns=name,type,durable");
        return queues!.Select(q => ((string)q!["name"]!, (string)q["type"]!, (bool)q["durable"]!)).ToList();
    }

    /// <summary>Publishes <paramref name="payload"/> as it is onto <paramref name="exchange"/>, as a broken or hostile sender would.</summary>
    /// <summary>Publishes bytes as they are (no MassTransit in between); the message's id.</summary>
    public async Task<string> PublishRawAsync(string exchange, string payload, string contentType, string? messageId = null)
    {
        messageId ??= Guid.NewGuid().ToString();
        var published = await _http.PostAsJsonAsync($"/api/exchanges/{Uri.EscapeDataString(Name)}/{Uri.EscapeDataString(exchange)}/publish", new
        {
            properties = new { content_type = contentType, delivery_mode = 2, message_id = messageId },
            routing_key = "",
            payload,
            payload_encoding = "string",
        });
        published.EnsureSuccessStatusCode();
        return messageId;
    }

    /// <summary>The payloads waiting in <paramref name="queue"/> (up to 50), left where they are; none if it does not exist.</summary>
    public async Task<IReadOnlyList<string>> PeekAsync(string queue)
    {
        var response = await _http.PostAsJsonAsync($"/api/queues/{Uri.EscapeDataString(Name)}/{Uri.EscapeDataString(queue)}/get",
            new { count = 50, ackmode = "ack_requeue_true", encoding = "auto" });
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return [];
        }
        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonArray>();
        return messages!.Select(m => (string)m!["payload"]!).ToList();
    }

    public string AmqpUri(string user, string password, int port) =>
        $"amqp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@{TestSettings.RabbitHost}:{port}/{Uri.EscapeDataString(Name)}";

    public string AmqpUri(int port) =>
        $"amqp://{TestSettings.RabbitUser}:{TestSettings.RabbitPassword}@{TestSettings.RabbitHost}:{port}/{Uri.EscapeDataString(Name)}";

    public async ValueTask DisposeAsync()
    {
        await _http.DeleteAsync($"/api/vhosts/{Uri.EscapeDataString(Name)}");
        foreach (var user in _users)
        {
            await _http.DeleteAsync($"/api/users/{Uri.EscapeDataString(user)}");
        }
        _http.Dispose();
    }

    internal static HttpClient CreateClient()
    {
        var http = new HttpClient { BaseAddress = new Uri(TestSettings.RabbitManagement) };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestSettings.RabbitUser}:{TestSettings.RabbitPassword}"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return http;
    }
}
