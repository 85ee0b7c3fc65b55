using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BorderPost.LoadGenerator;

internal sealed class GatewayClient(HttpClient http, string password)
{
    private static readonly TimeZoneInfo Haiti = TimeZoneInfo.FindSystemTimeZoneById("America/Port-au-Prince");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Haiti).DateTime);

    public async Task<string> TokenAsync(string username)
    {
        var response = await http.PostAsJsonAsync("/api/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!;
    }

    public async Task<int> TotalAsync(string token, DateOnly day, string post)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/totals?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}&post={post}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        // Crossings only: arrests sent beside them (--arrest-every-ms) are counted in the total too.
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["rows"]!.AsArray()
            .Where(row => ((string)row!["category"]!).StartsWith("crossing.", StringComparison.Ordinal))
            .Sum(row => (int)row!["count"]!);
    }

    public async Task<bool> RecordAsync(string token, string post, int i)
    {
        var body = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["postCode"] = post,
            ["direction"] = i % 2 == 0 ? "entry" : "exit",
            ["occurredAt"] = DateTime.UtcNow.AddSeconds(-5).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["crossingPoint"] = post,
            ["traveller"] = new JsonObject
            {
                ["surname"] = "LOAD",
                ["givenNames"] = $"TEST {i}",
                ["sex"] = i % 3 == 0 ? "M" : "F",
                ["estimatedAge"] = 20 + (i % 50),
                ["nationality"] = i % 4 == 0 ? "DOM" : "HTI",
            },
            ["mode"] = "foot",
            ["purpose"] = "trade",
            ["accompanyingMinors"] = i % 5 == 0 ? 1 : 0,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/crossings") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return response.StatusCode == System.Net.HttpStatusCode.Created;
    }
}
