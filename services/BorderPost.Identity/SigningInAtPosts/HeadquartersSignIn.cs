namespace BorderPost.Identity.SigningInAtPosts;

/// <summary>
/// Passes a sign-in through to headquarters' Identity, with the caller's language and address (headquarters believes
/// the address when this post is one of its <c>Proxy:KnownProxies</c>, and throttles per person, not per post).
/// </summary>
public sealed class HeadquartersSignIn(HttpClient http, ILogger<HeadquartersSignIn> logger)
{
    /// <summary>Headquarters decided: its status, body and the headers worth passing on.</summary>
    public sealed record Answer(int Status, string Body, string ContentType, string? RetryAfter);

    /// <summary>Headquarters' answer, or null when it could not decide: unreachable, too slow, or failing (5xx).</summary>
    public async Task<Answer?> SignInAsync(TokenRequest request, string? language, string clientAddress, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(request) };
        if (!string.IsNullOrWhiteSpace(language))
        {
            message.Headers.TryAddWithoutValidation("Accept-Language", language);
        }
        message.Headers.TryAddWithoutValidation("X-Forwarded-For", clientAddress);
        try
        {
            using var response = await http.SendAsync(message, ct);
            if ((int)response.StatusCode >= 500)
            {
                logger.LogWarning("Headquarters' Identity answered {Status}: signing in at the post alone", (int)response.StatusCode);
                return null;
            }
            return new Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct),
                response.Content.Headers.ContentType?.ToString() ?? "application/json",
                response.Headers.RetryAfter?.ToString());
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogWarning("Headquarters' Identity is unreachable ({Reason}): signing in at the post alone", ex.Message);
            return null;
        }
    }
}
