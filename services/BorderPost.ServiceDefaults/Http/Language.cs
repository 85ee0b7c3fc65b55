using Microsoft.AspNetCore.Http;

namespace BorderPost.ServiceDefaults.Http;

/// <summary>The user-facing languages: French first, then Haitian Creole and English.</summary>
public enum Language
{
    Fr,
    Ht,
    En,
}

public static class LanguageNegotiation
{
    /// <summary>Picks the caller's language from Accept-Language; French when nothing matches.</summary>
    public static Language PreferredLanguage(this HttpContext context)
    {
        var header = context.Request.Headers.AcceptLanguage.ToString();
        var ranked = header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Parse)
            .OrderByDescending(x => x.Quality);
        foreach (var (tag, _) in ranked)
        {
            var primary = tag.Split('-')[0].ToLowerInvariant();
            switch (primary)
            {
                case "fr": return Language.Fr;
                case "ht": return Language.Ht;
                case "en": return Language.En;
                default: continue;
            }
        }
        return Language.Fr;
    }

    private static (string Tag, double Quality) Parse(string part)
    {
        var pieces = part.Split(';', StringSplitOptions.TrimEntries);
        var quality = 1.0;
        foreach (var p in pieces.Skip(1))
        {
            if (p.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                && double.TryParse(p[2..], System.Globalization.CultureInfo.InvariantCulture, out var q))
            {
                quality = q;
            }
        }
        return (pieces[0], quality);
    }
}
