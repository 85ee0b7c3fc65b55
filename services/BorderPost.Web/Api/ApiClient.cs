using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;

namespace BorderPost.Web.Api;

/// <summary>
/// Calls the services through the gateway with the signed-in user's token and language, and reads their answers into
/// the records of <c>BorderPost.HttpApi</c>. The typed clients (<see cref="ReferralsClient"/>, …) name the calls.
/// </summary>
public sealed class ApiClient(HttpClient http, IHttpContextAccessor accessor, UiText text, ILogger<ApiClient> logger)
{
    public const string TokenName = "access_token";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<ApiResult<T>> GetAsync<T>(string path) where T : class => SendAsync<T>(HttpMethod.Get, path, null);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body) where T : class =>
        SendAsync<T>(HttpMethod.Post, path, body is null ? null : JsonContent.Create(body, body.GetType(), options: Json));

    public Task<ApiResult<T>> PostAsync<T>(string path, HttpContent content) where T : class => SendAsync<T>(HttpMethod.Post, path, content);

    /// <summary>A picture or other file from a service, or null (with the status) when it cannot be had.</summary>
    public async Task<(int Status, byte[]? Content, string? MediaType)> GetFileAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (await CurrentTokenAsync() is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        try
        {
            using var response = await http.SendAsync(request, accessor.HttpContext?.RequestAborted ?? default);
            return response.IsSuccessStatusCode
                ? ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType?.MediaType)
                : ((int)response.StatusCode, null, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            logger.LogWarning(ex, "GET {Path} could not reach the service", path);
            return (StatusCodes.Status503ServiceUnavailable, null, null);
        }
    }

    /// <summary>
    /// Signs in; no token is needed (or sent). The browser's address goes with it, for Identity's throttle to count
    /// the browser's attempts rather than the console's.
    /// </summary>
    public Task<ApiResult<T>> SignInAsync<T>(object body) where T : class =>
        SendAsync<T>(HttpMethod.Post, "/api/auth/token", JsonContent.Create(body, body.GetType(), options: Json), token: null,
            authenticate: false, forwardedFor: accessor.HttpContext?.Connection.RemoteIpAddress?.ToString());

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? content) where T : class =>
        await SendAsync<T>(method, path, content, await CurrentTokenAsync(), authenticate: true);

    private async Task<string?> CurrentTokenAsync() =>
        accessor.HttpContext is { } context ? await context.GetTokenAsync(TokenName) : null;

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? content, string? token, bool authenticate,
        string? forwardedFor = null) where T : class
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        if (authenticate && token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        request.Headers.AcceptLanguage.ParseAdd(text.LanguageCode);
        try
        {
            using var response = await http.SendAsync(request, accessor.HttpContext?.RequestAborted ?? default);
            var status = (int)response.StatusCode;
            var isJson = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true;
            if (status is >= 200 and < 300)
            {
                return new ApiResult<T>(status, isJson ? await ReadAsync<T>(response) : null, null, ApiResult.NoErrors);
            }
            var problem = isJson ? await ReadAsync<ProblemBody>(response) : null;
            return new ApiResult<T>(status, null, problem?.Title,
                new Dictionary<string, string[]>(problem?.Errors ?? [], StringComparer.OrdinalIgnoreCase));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            logger.LogWarning(ex, "{Method} {Path} could not reach the service", method, path);
            return new ApiResult<T>(0, null, null, ApiResult.NoErrors);
        }
    }

    /// <summary>The body as a <typeparamref name="TBody"/>; null when it is empty or not that shape (logged, never thrown).</summary>
    private async Task<TBody?> ReadAsync<TBody>(HttpResponseMessage response) where TBody : class
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TBody>(Json);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "{Path} answered a body that is not a {Type}", response.RequestMessage?.RequestUri?.AbsolutePath, typeof(TBody).Name);
            return null;
        }
    }

    /// <summary>The part of an <c>application/problem+json</c> answer the console shows.</summary>
    private sealed record ProblemBody(string? Title, Dictionary<string, string[]>? Errors);
}
