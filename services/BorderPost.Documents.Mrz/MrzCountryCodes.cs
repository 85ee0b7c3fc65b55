namespace BorderPost.Documents.Mrz;

/// <summary>The codes accepted for issuing state and nationality: ISO 3166-1 alpha-3 plus the ICAO Doc 9303 part 3 additions.</summary>
public static class MrzCountryCodes
{
    private static readonly IReadOnlySet<string> IcaoCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        // Germany.
        "D",

        // British citizenship categories.
        "GBD", "GBN", "GBO", "GBP", "GBS",

        // United Nations organisation and its agencies.
        "UNO", "UNA", "UNK",

        // Stateless person, refugee (two conventions), unspecified nationality.
        "XXA", "XXB", "XXC", "XXX",

        // European Union.
        "EUE",
    };

    /// <summary>True when <paramref name="code"/> (trailing fillers ignored, as in "D&lt;&lt;") is a known code.</summary>
    public static bool IsKnown(string? code)
    {
        if (code is null)
        {
            return false;
        }

        var trimmed = code.TrimEnd('<');
        return Iso3166Alpha3.Codes.Contains(trimmed) || IcaoCodes.Contains(trimmed);
    }
}
