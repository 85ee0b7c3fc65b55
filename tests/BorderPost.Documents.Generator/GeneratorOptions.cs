using System.Globalization;

namespace BorderPost.Documents.Generator;

internal sealed record GeneratorOptions(
    string Folder, int Count, int Seed, string Profile, double FraudShare, double UnreadableShare, DateOnly Today, bool JpegOnly, double Severity,
    double RegisterShare, double ReuseShare, double PrintedShare, double CopyShare, double PhotoShare, bool Twins)
{
    public static GeneratorOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("usage: <folder> [--count N] [--seed S] [--profile clean|degraded|mixed] [--fraud-share F] [--unreadable-share U] [--today yyyy-MM-dd] [--jpeg-only true] [--severity 1..2] [--register-share R] [--reuse-share U] [--printed-share P] [--copy-share C] [--photo-share P] [--twins true]");
            Environment.Exit(2);
        }
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            named[args[i].TrimStart('-')] = args[i + 1];
        }
        string Get(string key, string fallback) => named.TryGetValue(key, out var value) ? value : fallback;
        var profile = Get("profile", "mixed");
        if (profile is not ("clean" or "degraded" or "mixed"))
        {
            Console.Error.WriteLine("--profile must be clean, degraded or mixed");
            Environment.Exit(2);
        }
        return new GeneratorOptions(
            args[0],
            int.Parse(Get("count", "200"), CultureInfo.InvariantCulture),
            int.Parse(Get("seed", "1"), CultureInfo.InvariantCulture),
            profile,
            double.Parse(Get("fraud-share", "0.15"), CultureInfo.InvariantCulture),
            double.Parse(Get("unreadable-share", "0.03"), CultureInfo.InvariantCulture),
            DateOnly.ParseExact(Get("today", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Get("jpeg-only", "false") == "true",
            Math.Clamp(double.Parse(Get("severity", "1"), CultureInfo.InvariantCulture), 0, 2),
            double.Parse(Get("register-share", "0"), CultureInfo.InvariantCulture),
            double.Parse(Get("reuse-share", "0"), CultureInfo.InvariantCulture),
            double.Parse(Get("printed-share", "0"), CultureInfo.InvariantCulture),
            double.Parse(Get("copy-share", "0"), CultureInfo.InvariantCulture),
            double.Parse(Get("photo-share", "0"), CultureInfo.InvariantCulture),
            Get("twins", "false") == "true");
    }
}
