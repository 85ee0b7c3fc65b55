using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BorderPost.FaultSuite;

/// <summary>A user's token from headquarters, signed in again when half its life is gone.</summary>
internal sealed class TokenSource(HttpClient http, string username, string password)
{
    private string _token = "";
    private DateTime _until;

    public async Task<string> GetAsync()
    {
        if (DateTime.UtcNow < _until)
        {
            return _token;
        }
        var response = await http.PostAsJsonAsync("/api/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        _token = (string)answer["access_token"]!;
        _until = DateTime.UtcNow.AddSeconds((int)answer["expires_in"]! / 2);
        return _token;
    }
}
