using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace BorderPost.EndToEnd.Tests.Infrastructure;

/// <summary>A RabbitMQ virtual host of the test run's own, created and deleted through the management API.</summary>
internal sealed class RabbitVirtualHost(string name) : IAsyncDisposable
{
    private readonly HttpClient _http = CreateClient();

    public string Name { get; } = name;

    public async Task CreateAsync()
    {
        var vhost = Uri.EscapeDataString(Name);
        (await _http.PutAsync($"/api/vhosts/{vhost}", JsonContent.Create(new { }))).EnsureSuccessStatusCode();
        var permissions = new { configure = ".*", write = ".*", read = ".*" };
        (await _http.PutAsJsonAsync($"/api/permissions/{vhost}/{Uri.EscapeDataString(TestSettings.RabbitUser)}", permissions))
            .EnsureSuccessStatusCode();
    }

    public async Task DeleteQueueAsync(string queue) =>
        (await _http.DeleteAsync($"/api/queues/{Uri.EscapeDataString(Name)}/{Uri.EscapeDataString(queue)}")).EnsureSuccessStatusCode();

    public string AmqpUri(int port) =>
        $"amqp://{TestSettings.RabbitUser}:{TestSettings.RabbitPassword}@{TestSettings.RabbitHost}:{port}/{Uri.EscapeDataString(Name)}";

    public async ValueTask DisposeAsync()
    {
        await _http.DeleteAsync($"/api/vhosts/{Uri.EscapeDataString(Name)}");
        _http.Dispose();
    }

    private static HttpClient CreateClient()
    {
        var http = new HttpClient { BaseAddress = new Uri(TestSettings.RabbitManagement) };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestSettings.RabbitUser}:{TestSettings.RabbitPassword}"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return http;
    }
}
