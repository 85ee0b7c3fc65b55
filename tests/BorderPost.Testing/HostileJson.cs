using System.Text;
using System.Text.Json.Nodes;

namespace BorderPost.Testing;

/// <summary>
/// Bodies an attacker or a broken client sends: a valid body with one value at a time replaced by something hostile
/// or removed, and whole bodies that are not what was asked for. Values are raw JSON text, so they include what a
/// serializer would never write (a lone surrogate, a number beyond double, nesting thousands deep).
/// </summary>
internal static class HostileJson
{
    public static readonly string[] Values =
    [
        "null", "\"\"", "\"   \"", "0", "-1", "1.5", "1e400", "-1e400", "123456789012345678901234567890", "true", "[]", "{}",
        "[null]", "{\"a\":{\"b\":{\"c\":[]}}}", "\"" + new string('A', 20_000) + "\"", "\"\\ud800\"", "\"\\udfff\\ud800\"",
        "\"\\u0000\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"00000000-0000-0000-0000-000000000000\"",
        "\"not-a-guid\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"2024-02-30\"", "\"\\u202eRTL\"",
        "\"../../etc/passwd\"", new string('[', 3000) + new string(']', 3000), "\"%s%s%n\"", "\"\\uFEFF\"",
    ];

    /// <summary>Whole bodies sent as <c>application/json</c>.</summary>
    public static readonly string[] Bodies =
    [
        "", "null", "[]", "{", "}", "\"text\"", "0", "1e400", "{\"a\":1,\"a\":2}", "\uFEFF{}",
        new string('[', 100_000), new string('{', 50_000), "{\"x\":\"" + new string('B', 2_000_000) + "\"}",
        "<?xml version=\"1.0\"?><a/>", "{\"id\":\"\\ud800\"}",
    ];

    /// <summary>Every body obtained from <paramref name="seed"/> by changing one value (or removing one property).</summary>
    public static IEnumerable<string> Mutations(JsonNode seed)
    {
        foreach (var path in Paths(seed, []))
        {
            foreach (var value in Values)
            {
                yield return Replace(seed, path, value);
            }
            if (path[^1] is string)
            {
                yield return Remove(seed, path);
            }
        }
    }

    private static IEnumerable<object[]> Paths(JsonNode? node, object[] prefix)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    object[] path = [.. prefix, key];
                    yield return path;
                    foreach (var inner in Paths(child, path))
                    {
                        yield return inner;
                    }
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    object[] path = [.. prefix, i];
                    yield return path;
                    foreach (var inner in Paths(a[i], path))
                    {
                        yield return inner;
                    }
                }
                break;
        }
    }

    private const string Marker = "__hostile_value__";

    private static string Replace(JsonNode seed, object[] path, string rawValue)
    {
        var copy = seed.DeepClone();
        var (parent, last) = Locate(copy, path);
        if (last is string key)
        {
            parent.AsObject()[key] = Marker;
        }
        else
        {
            parent.AsArray()[(int)last] = Marker;
        }
        return copy.ToJsonString().Replace($"\"{Marker}\"", rawValue, StringComparison.Ordinal);
    }

    private static string Remove(JsonNode seed, object[] path)
    {
        var copy = seed.DeepClone();
        var (parent, last) = Locate(copy, path);
        parent.AsObject().Remove((string)last);
        return copy.ToJsonString();
    }

    private static (JsonNode Parent, object Last) Locate(JsonNode root, object[] path)
    {
        var node = root;
        foreach (var step in path[..^1])
        {
            node = step is string key ? node[key]! : node[(int)step]!;
        }
        return (node, path[^1]);
    }

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>A JSON body sent with <c>Transfer-Encoding: chunked</c> (no Content-Length for a server to refuse early).</summary>
    public static HttpContent Chunked(string body)
    {
        var content = new ChunkedContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }

    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
