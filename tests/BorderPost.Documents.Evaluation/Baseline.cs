using System.Diagnostics;

namespace BorderPost.Documents.Evaluation;

/// <summary>What plain <c>tesseract</c> (the CLI, default settings, whole image) read as MRZ lines, and how long it took.</summary>
internal sealed record BaselineOutcome(string? Mrz, double Milliseconds);

/// <summary>
/// The baseline: the tesseract command line on the whole picture, no locating, no grid, no repair. Its MRZ is the
/// last two or three lines that look like MRZ lines (long, with fillers).
/// </summary>
internal static class Baseline
{
    public static BaselineOutcome Read(string path)
    {
        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo("tesseract", [path, "-", "-l", "eng"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        var lines = output.Split('\n')
            .Select(l => new string([.. l.Where(c => !char.IsWhiteSpace(c))]))
            .Where(l => l.Length >= 28 && l.Contains('<', StringComparison.Ordinal))
            .ToList();
        var count = lines.Count >= 3 && lines.TakeLast(3).All(l => l.Length <= 32) ? 3 : 2;
        var mrz = lines.Count >= 2 ? string.Join('\n', lines.TakeLast(count)) : null;
        return new BaselineOutcome(mrz, clock.Elapsed.TotalMilliseconds);
    }
}
