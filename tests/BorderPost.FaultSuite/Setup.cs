using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace BorderPost.FaultSuite;

internal static class Setup
{
    /// <summary>An officer of <paramref name="post"/> with the demo password, created at headquarters unless it exists.</summary>
    public static async Task EnsureOfficerAsync(HttpClient hq, string admin, string username, string post, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/users")
        {
            Content = JsonContent.Create(new { username, displayName = $"Agent, poste {post}", role = "officer", post, password }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        using var response = await hq.SendAsync(request);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict))
        {
            throw new InvalidOperationException($"creating {username}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
