using System.Text.Json.Nodes;

namespace BorderPost.Web.Api;

/// <summary>
/// A service's answer as a page needs it: the status, the JSON body, and for a problem its title and the messages per
/// field (already in the user's language). Status 0 means the service could not be reached.
/// </summary>
public sealed record ApiResult(int Status, JsonNode? Body, string? Title, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Ok => Status is >= 200 and < 300;

    /// <summary>The service is down or overloaded: the user may retry the same submission safely.</summary>
    public bool Unavailable => Status is 0 or 502 or 503 or 504;

    public bool SessionExpired => Status == 401;

    /// <summary>The <c>items</c> of a successful page of results; none otherwise.</summary>
    public IReadOnlyList<JsonNode> Items() =>
        Ok && Body is JsonObject page && page["items"] is JsonArray items ? items.Where(i => i is not null).Select(i => i!).ToList() : [];

    /// <summary>The elements of a successful JSON array answer; none otherwise.</summary>
    public IReadOnlyList<JsonNode> Elements() =>
        Ok && Body is JsonArray array ? array.Where(i => i is not null).Select(i => i!).ToList() : [];

    public static ApiResult Unreachable { get; } = new(0, null, null, new Dictionary<string, string[]>());
}
