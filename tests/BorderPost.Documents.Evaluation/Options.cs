using System.Globalization;

namespace BorderPost.Documents.Evaluation;

internal static class Options
{
    public static DateOnly CheckDate(string[] args)
    {
        var index = Array.IndexOf(args, "--check-date");
        return index >= 0 && index + 1 < args.Length
            ? DateOnly.ParseExact(args[index + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(DateTime.UtcNow);
    }
}
