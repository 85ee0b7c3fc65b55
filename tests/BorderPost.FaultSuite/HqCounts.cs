using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BorderPost.FaultSuite;

/// <summary>What headquarters counts per post (Reporting's totals, from yesterday to tomorrow in Haiti: the run's days).</summary>
internal sealed class HqCounts(HttpClient hq, Func<Task<string>> token)
{
    public static readonly string[] Kinds = ["crossing", "arrest", "referral"];

    /// <summary>One row per write: a crossing's direction, an arrest's persons arrested, a referral's kind and step.</summary>
    private static bool Counts(string kind, string category) => kind switch
    {
        "arrest" => category == "arrest.persons",
        _ => category.StartsWith(kind + ".", StringComparison.Ordinal),
    };

    private static readonly TimeZoneInfo Haiti = TimeZoneInfo.FindSystemTimeZoneById("America/Port-au-Prince");

    public async Task<Dictionary<string, int>> OfAsync(string post)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Haiti).DateTime);
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"/api/reports/totals?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}&post={post}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token());
        using var response = await hq.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var rows = (await response.Content.ReadFromJsonAsync<JsonObject>())!["rows"]!.AsArray();
        return Kinds.ToDictionary(kind => kind, kind => rows.Where(r => Counts(kind, (string)r!["category"]!)).Sum(r => (int)r!["count"]!));
    }
}
