using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderPost.Web.Ui;
using Microsoft.AspNetCore.Authentication;

namespace BorderPost.Web.Api;

/// <summary>Calls the services through the gateway with the signed-in user's token and language.</summary>
public sealed class ApiClient(HttpClient http, IHttpContextAccessor accessor, UiText text, ILogger<ApiClient> logger)
{
    public const string TokenName = "access_token";

    public Task<ApiResult> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<ApiResult> PostJsonAsync(string path, object? body) =>
        SendAsync(HttpMethod.Post, path, body is null ? null : JsonContent.Create(body, options: Json));

    public Task<ApiResult> PostAsync(string path, HttpContent content) => SendAsync(HttpMethod.Post, path, content);

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

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Signs in; no token is needed (or sent). The browser's address goes with it, for Identity's throttle to count
    /// the browser's attempts rather than the console's.
    /// </summary>
    public async Task<ApiResult> SignInAsync(string username, string password) =>
        await SendAsync(HttpMethod.Post, "/api/auth/token", JsonContent.Create(new { username, password }), token: null, authenticate: false,
            forwardedFor: accessor.HttpContext?.Connection.RemoteIpAddress?.ToString());

    private async Task<ApiResult> SendAsync(HttpMethod method, string path, HttpContent? content) =>
        await SendAsync(method, path, content, await CurrentTokenAsync(), authenticate: true);

    private async Task<string?> CurrentTokenAsync() =>
        accessor.HttpContext is { } context ? await context.GetTokenAsync(TokenName) : null;

    private async Task<ApiResult> SendAsync(HttpMethod method, string path, HttpContent? content, string? token, bool authenticate, string? forwardedFor = null)
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
            var body = await response.Content.ReadAsStringAsync();
            JsonNode? json = null;
            if (body.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
            {
                try
                {
                    json = JsonNode.Parse(body);
                }
                catch (JsonException)
                {
                    json = null;
                }
            }
            var status = (int)response.StatusCode;
            return status is >= 200 and < 300
                ? new ApiResult(status, json, null, new Dictionary<string, string[]>())
                : new ApiResult(status, json, json is JsonObject o && o["title"] is JsonValue t && t.TryGetValue<string>(out var title) ? title : null, Errors(json));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            logger.LogWarning(ex, "{Method} {Path} could not reach the service", method, path);
            return ApiResult.Unreachable;
        }
    }

    private static Dictionary<string, string[]> Errors(JsonNode? problem) =>
        problem is JsonObject p && p["errors"] is JsonObject errors
            ? errors.ToDictionary(kv => kv.Key, kv => kv.Value is JsonArray a
                ? a.Select(m => m is JsonValue v && v.TryGetValue<string>(out var text) ? text : "").ToArray()
                : [], StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
}
