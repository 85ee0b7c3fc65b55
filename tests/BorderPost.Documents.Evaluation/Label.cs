using System.Text.Json;

namespace BorderPost.Documents.Evaluation;

/// <summary>
/// One labelled image: <c>file</c>, <c>mrz</c> (lines joined by \n, or an array of lines, or null), <c>verdict</c>;
/// optional <c>source</c> (or <c>source_repo</c>), <c>format</c> and <c>group</c> (or the generator's
/// <c>degraded</c>) split the figures; optional <c>kind</c> (the generator's: genuine, mrz_digit, register_hit,
/// number_reused) gives the recall per kind of forgery. Other keys are ignored.
/// </summary>
internal sealed record Label(string File, string? Mrz, string Verdict, string? Group, string? Source, string? Format, string? Kind = null)
{
    public bool Genuine => Verdict != "fraudulent";

    public static List<Label> ReadAll(string path)
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray().Select(item => new Label(
            item.GetProperty("file").GetString()!,
            MrzOf(item),
            item.GetProperty("verdict").GetString()!.Trim().ToLowerInvariant(),
            GroupOf(item),
            Text(item, "source") ?? Text(item, "source_repo"),
            Text(item, "format")?.ToUpperInvariant(),
            Text(item, "kind")))];
    }

    public static string Normalise(string mrz) =>
        string.Join('\n', mrz.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string? MrzOf(JsonElement item) =>
        !item.TryGetProperty("mrz", out var mrz) ? null
        : mrz.ValueKind == JsonValueKind.String ? Normalise(mrz.GetString()!)
        : mrz.ValueKind == JsonValueKind.Array ? Normalise(string.Join('\n', mrz.EnumerateArray().Select(l => l.GetString())))
        : null;

    private static string? Text(JsonElement item, string key) =>
        item.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // The generator's optional "degraded" key splits the figures into clean and degraded.
    private static string? GroupOf(JsonElement item) =>
        Text(item, "group")
        ?? (item.TryGetProperty("degraded", out var degraded) && degraded.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? (degraded.GetBoolean() ? "degraded" : "clean")
            : null);
}

/// <summary>What the pipeline (and optionally the baseline) made of one image.</summary>
internal sealed record Outcome(Label Label, string Verdict, string? Mrz, double Milliseconds, BaselineOutcome? Baseline)
{
    public bool MrzExact => Label.Mrz is not null && Mrz == Label.Mrz;

    /// <summary>Document number, both dates, nationality, sex and names all right (other optional data may differ).</summary>
    public bool FieldsExact => Label.Mrz is not null && Mrz is not null
        && KeyFields.Of(Label.Mrz) is { } expected && KeyFields.Of(Mrz) == expected;

    public bool GenuineCalledFraudulent => Label.Genuine && Verdict == "fraudulent";

    /// <summary>
    /// What the quality measures said of the band (blurry, glare, too_small, or good): the evaluation shows how well each
    /// predicts a misread, which is what a quality finding must do to be worth an officer's retake.
    /// </summary>
    public string? Quality { get; init; }

    /// <summary>Pixels per MRZ character in the picture read, as the reader measured them (null when no MRZ was found).</summary>
    public double? PixelsPerCharacter { get; init; }
}
