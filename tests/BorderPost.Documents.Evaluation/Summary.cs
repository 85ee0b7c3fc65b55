using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderPost.Documents.Evaluation;

/// <summary>The figures the issue asks for, plus the baseline's, in one object.</summary>
internal sealed record Summary(
    [property: JsonPropertyName("images")] int Images,
    [property: JsonPropertyName("mrz_exact")] double? MrzExact,
    [property: JsonPropertyName("fields_exact")] double? FieldsExact,
    [property: JsonPropertyName("verdict_accuracy")] double? VerdictAccuracy,
    [property: JsonPropertyName("fraud_recall")] double? FraudRecall,
    [property: JsonPropertyName("recall_by_kind")] IReadOnlyDictionary<string, double>? RecallByKind,
    [property: JsonPropertyName("false_alarm_rate")] double? FalseAlarmRate,
    [property: JsonPropertyName("genuine_called_fraudulent")] int GenuineCalledFraudulent,
    [property: JsonPropertyName("unreadable")] int Unreadable,
    [property: JsonPropertyName("median_px_per_char")] double? MedianPixelsPerCharacter,
    [property: JsonPropertyName("p50_ms")] double P50Ms,
    [property: JsonPropertyName("p95_ms")] double P95Ms,
    [property: JsonPropertyName("peak_rss_mb")] double PeakRssMb,
    [property: JsonPropertyName("baseline_tesseract_cli_mrz_exact")] double? BaselineMrzExact,
    [property: JsonPropertyName("baseline_tesseract_cli_p50_ms")] double? BaselineP50Ms)
{
    public static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static Summary Of(IReadOnlyList<Outcome> results, bool withBaseline)
    {
        var withMrz = results.Where(r => r.Label.Mrz is not null).ToList();
        var fraudulent = results.Where(r => r.Label.Verdict == "fraudulent").ToList();
        var clear = results.Where(r => r.Label.Verdict == "clear").ToList();
        var times = results.Select(r => r.Milliseconds).Order().ToList();
        var baseline = withBaseline ? results.Where(r => r.Baseline is not null).ToList() : [];
        return new Summary(
            results.Count,
            Share(withMrz, r => r.MrzExact),
            Share(withMrz, r => r.FieldsExact),
            Share(results, r => r.Verdict == r.Label.Verdict),
            Share(fraudulent, r => r.Verdict is "fraudulent" or "suspicious"),
            fraudulent.Where(r => r.Label.Kind is not null).GroupBy(r => r.Label.Kind!).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Share([.. g], r => r.Verdict is "fraudulent" or "suspicious")!.Value) is { Count: > 0 } byKind ? byKind : null,
            Share(clear, r => r.Verdict is "fraudulent" or "suspicious"),
            results.Count(r => r.GenuineCalledFraudulent),
            results.Count(r => r.Verdict == "unreadable"),
            results.Where(r => r.PixelsPerCharacter is not null).Select(r => r.PixelsPerCharacter!.Value).Order().ToList() is { Count: > 0 } sizes
                ? Math.Round(sizes[sizes.Count / 2], 1) : null,
            Percentile(times, 0.5),
            Percentile(times, 0.95),
            ReadPeakRssMb(),
            baseline.Count == 0 ? null : Share([.. baseline.Where(r => r.Label.Mrz is not null)], r => r.Baseline!.Mrz == r.Label.Mrz),
            baseline.Count == 0 ? null : Percentile([.. baseline.Select(r => r.Baseline!.Milliseconds).Order()], 0.5));
    }

    private static double? Share(IReadOnlyList<Outcome> items, Func<Outcome, bool> predicate) =>
        items.Count == 0 ? null : Math.Round(items.Count(predicate) / (double)items.Count, 4);

    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 1);

    // VmHWM: the process's peak resident set, as the kernel counts it (includes native OpenCV and Tesseract memory).
    private static double ReadPeakRssMb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kb = line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        return Math.Round(kb / 1024.0, 1);
    }
}
