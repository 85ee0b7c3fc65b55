namespace BorderPost.Reporting.Reconciling;

/// <summary>
/// A service Reporting reconciles against: the categories it answers for (by prefixes) and where its counts are read.
/// Its address is <c>Reconciliation:Sources:&lt;name&gt;</c> (e.g. <c>http://127.0.0.1:8082</c>).
/// </summary>
public sealed record ReconciliationSource(string Name, IReadOnlyList<string> CategoryPrefixes, string Path)
{
    public static readonly IReadOnlyList<ReconciliationSource> All =
    [
        new("crossings", ["crossing."], "/api/crossings/counts"),
        new("arrests", ["arrest.", "interception."], "/api/arrests/counts"),
        new("protection", ["referral.", "screening.", "minor_check."], "/api/referrals/counts"),
        new("documents", ["document."], "/api/document-checks/counts"),
    ];

    public bool Answers(string category) => CategoryPrefixes.Any(p => category.StartsWith(p, StringComparison.Ordinal));

    /// <summary>The categories it answers for, as a pattern: <c>arrest.*, interception.*</c>.</summary>
    public string Categories => string.Join(", ", CategoryPrefixes.Select(p => p + "*"));

    /// <summary>
    /// The service's counts for the period, asked with the caller's own token (headquarters); null when the service is
    /// not configured, unreachable or does not answer 200.
    /// </summary>
    public async Task<IReadOnlyList<SourceCount>?> ReadAsync(HttpClient client, IConfiguration configuration, DayRange range,
        string? authorization, ILogger logger, CancellationToken ct)
    {
        if (configuration[$"Reconciliation:Sources:{Name}"] is not { Length: > 0 } address)
        {
            logger.LogWarning("Reconciliation:Sources:{Source} is not set", Name);
            return null;
        }
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"{address.TrimEnd('/')}{Path}?from={range.From:yyyy-MM-dd}&to={range.To:yyyy-MM-dd}");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        try
        {
            using var response = await client.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("{Source} answered {Status} to the reconciliation", Name, (int)response.StatusCode);
                return null;
            }
            var counts = await response.Content.ReadFromJsonAsync<SourceCounts>(ct);
            return counts?.Rows;
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            logger.LogWarning(e, "{Source} could not be reached for the reconciliation", Name);
            return null;
        }
    }
}
