using System.Text.Json;

namespace BorderPost.Documents.Evaluation;

/// <summary>One labelled image: <c>file</c>, <c>mrz</c> (lines joined by \n, or null), <c>verdict</c>; other keys ignored.</summary>
internal sealed record Label(string File, string? Mrz, string Verdict, string? Group)
{
    public static List<Label> ReadAll(string path)
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray().Select(item => new Label(
            item.GetProperty("file").GetString()!,
            item.TryGetProperty("mrz", out var mrz) && mrz.ValueKind == JsonValueKind.String ? Normalise(mrz.GetString()!) : null,
            item.GetProperty("verdict").GetString()!.Trim().ToLowerInvariant(),
            GroupOf(item)))];
    }

    public static string Normalise(string mrz) =>
        string.Join('\n', mrz.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    // The generator's optional "degraded" key splits the figures into clean and degraded.
    private static string? GroupOf(JsonElement item) =>
        item.TryGetProperty("degraded", out var degraded) && degraded.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? (degraded.GetBoolean() ? "degraded" : "clean")
            : null;
}

/// <summary>What the pipeline (and optionally the baseline) made of one image.</summary>
internal sealed record Outcome(Label Label, string Verdict, string? Mrz, double Milliseconds, BaselineOutcome? Baseline)
{
    public bool MrzExact => Label.Mrz is not null && Mrz == Label.Mrz;
}
