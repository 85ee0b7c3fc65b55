namespace BorderPost.LoadGenerator;

/// <summary>Command line: <c>--url U --n N --concurrency C [--rate R] [--password P] [--post OUA] [--sittings S] [--arrest-every-ms M] [--warm-up W] [--runs K]</c>.</summary>
internal sealed record LoadOptions(Uri Gateway, int Count, int Concurrency, double Rate, string Password, string Post, int Sittings, int ArrestEveryMs,
    int WarmUp = 0, int Runs = 1)
{
    public static LoadOptions Parse(string[] args)
    {
        string Arg(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var password = Arg("password", Environment.GetEnvironmentVariable("BORDERPOST_DEMO_PASSWORD") ?? ReadLocalPassword());
        return new LoadOptions(
            new Uri(Arg("url", "http://127.0.0.1:8080")),
            int.Parse(Arg("n", "2000"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Arg("concurrency", "32"), System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(Arg("rate", "0"), System.Globalization.CultureInfo.InvariantCulture),
            password,
            Arg("post", "OUA"),
            int.Parse(Arg("sittings", "0"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Arg("arrest-every-ms", "0"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Arg("warm-up", "0"), System.Globalization.CultureInfo.InvariantCulture),
            Math.Max(1, int.Parse(Arg("runs", "1"), System.Globalization.CultureInfo.InvariantCulture)));
    }

    // deploy/up.sh keeps a generated demo password in .local/demo-password.
    private static string ReadLocalPassword()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, ".local", "demo-password");
            if (File.Exists(file))
            {
                return File.ReadAllText(file).Trim();
            }
        }
        throw new InvalidOperationException("No demo password: pass --password or set BORDERPOST_DEMO_PASSWORD.");
    }
}
