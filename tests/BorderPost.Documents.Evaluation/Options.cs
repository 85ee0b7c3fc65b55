using System.Globalization;

namespace BorderPost.Documents.Evaluation;

internal static class Options
{
    /// <summary>--certain C: the certainty (0–100) a contradiction must rest on to be called fraud (default: the service's).</summary>
    public static double CertainReading(string[] args)
    {
        var index = Array.IndexOf(args, "--certain");
        return index >= 0 && index + 1 < args.Length
            ? double.Parse(args[index + 1], CultureInfo.InvariantCulture)
            : BorderPost.Documents.Reading.VerdictRules.CertainReading;
    }

    /// <summary>--printed-languages L: Tesseract's languages for the printed fields (default: the service's).</summary>
    public static string PrintedLanguages(string[] args)
    {
        var index = Array.IndexOf(args, "--printed-languages");
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : BorderPost.Documents.Reading.VisualZone.PrintedFieldCheck.Languages;
    }

    /// <summary>--downscale F: every picture shrunk by F (0–1) first, to measure reading against resolution.</summary>
    public static double Downscale(string[] args)
    {
        var index = Array.IndexOf(args, "--downscale");
        return index >= 0 && index + 1 < args.Length ? double.Parse(args[index + 1], CultureInfo.InvariantCulture) : 1;
    }

    /// <summary>--augment N: N phone-like variants of every picture besides the picture itself (default 0).</summary>
    public static int Variants(string[] args)
    {
        var index = Array.IndexOf(args, "--augment");
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : 0;
    }

    public static DateOnly CheckDate(string[] args)
    {
        var index = Array.IndexOf(args, "--check-date");
        return index >= 0 && index + 1 < args.Length
            ? DateOnly.ParseExact(args[index + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(DateTime.UtcNow);
    }
}
