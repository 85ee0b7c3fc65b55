using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderPost.Testing;

/// <summary>Calls the gateway the way a client does.</summary>
public static class Api
{
    public static readonly TimeZoneInfo Haiti = TimeZoneInfo.FindSystemTimeZoneById("America/Port-au-Prince");

    /// <summary>A Haitian day <paramref name="daysAgo"/> days back, so each test counts on a day of its own.</summary>
    public static DateOnly Day(int daysAgo) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Haiti).DateTime).AddDays(-daysAgo);

    /// <summary>A complete, valid crossing at noon (Haiti) on <paramref name="day"/>.</summary>
    public static JsonObject Crossing(DateOnly day, string post = "OUA", string direction = "entry", Guid? id = null)
    {
        var noon = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(-5));
        return new JsonObject
        {
            ["id"] = (id ?? Guid.NewGuid()).ToString(),
            ["postCode"] = post,
            ["direction"] = direction,
            ["occurredAt"] = noon.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["crossingPoint"] = post,
            ["traveller"] = new JsonObject
            {
                ["surname"] = "PIERRE",
                ["givenNames"] = "MARIE",
                ["sex"] = "F",
                ["dateOfBirth"] = "1990-04-02",
                ["nationality"] = "HTI",
            },
            ["document"] = new JsonObject
            {
                ["type"] = "passport",
                ["number"] = "RD1234567",
                ["issuingCountry"] = "HTI",
                ["expiryDate"] = "2030-01-31",
            },
            ["mode"] = "foot",
            ["purpose"] = "trade",
            ["accompanyingMinors"] = 0,
            ["remarks"] = "",
        };
    }

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path,
        string? token, HttpContent? content = null, string? language = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> RecordAsync(this HttpClient client, string token, JsonObject crossing) =>
        client.SendAsync(HttpMethod.Post, "/api/crossings", token, JsonContent.Create(crossing));

    public static async Task<JsonObject> TotalsAsync(this HttpClient client, string token, DateOnly from, DateOnly to, string? post = null)
    {
        var query = $"/api/reports/totals?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}" + (post is null ? "" : $"&post={post}");
        var response = await client.SendAsync(HttpMethod.Get, query, token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>
    /// Polls the totals until they equal <paramref name="expected"/>, then checks they stay there a little longer
    /// (a doubled message would arrive late). Returns the last total seen.
    /// </summary>
    public static async Task<int> WaitForTotalAsync(this HttpClient client, string token, DateOnly day, int expected,
        string? post = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var total = -1;
        while (DateTime.UtcNow < deadline)
        {
            // A service just restarted may answer 503 until the gateway sees it ready again: that is "not yet".
            var query = $"/api/reports/totals?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}" + (post is null ? "" : $"&post={post}");
            var response = await client.SendAsync(HttpMethod.Get, query, token);
            if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(200);
                continue;
            }
            response.EnsureSuccessStatusCode();
            total = (int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["total"]!;
            if (total == expected)
            {
                // A doubled message would show within this window.
                await HoldsAsync(async () => (int)(await client.TotalsAsync(token, day, day, post))["total"]! == expected, TimeSpan.FromSeconds(2));
                return (int)(await client.TotalsAsync(token, day, day, post))["total"]!;
            }
            await Task.Delay(200);
        }
        return total;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; false when it never did within the timeout.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(200);
        }
        return false;
    }

    /// <summary>
    /// A probe for what must not happen (a message published during an outage, a doubled count): true when
    /// <paramref name="condition"/> holds at every look over <paramref name="window"/>, false at the first look where it
    /// does not, so a violation fails the test as soon as it shows.
    /// </summary>
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan window)
    {
        var end = DateTime.UtcNow + window;
        do
        {
            if (!await condition())
            {
                return false;
            }
            await Task.Delay(200);
        }
        while (DateTime.UtcNow < end);
        return await condition();
    }

    public static Task<bool> HoldsAsync(Func<bool> condition, TimeSpan window) => HoldsAsync(() => Task.FromResult(condition()), window);

    /// <summary>
    /// A step (<c>/api/…/{id}/…</c>) posted on the all-zero GUID with a body it accepts is a 404 problem, never a 500:
    /// the all-zero GUID is no record's id.
    /// </summary>
    public static async Task AssertStepOnZeroIdIsNotFoundAsync(this HttpClient client, string step, string token, JsonNode? body)
    {
        var response = await client.PostJsonAsync(step.Replace("{id}", Guid.Empty.ToString(), StringComparison.Ordinal), token, body);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull((await response.ProblemAsync())["title"]);
    }

    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<JsonObject>(await response.Content.ReadAsStringAsync())!;
    }

    public static IReadOnlyList<string> ErrorFields(this JsonObject problem) =>
        problem["errors"]!.AsObject().Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
}
