namespace BorderPost.Documents.Mrz;

/// <summary>The codes accepted for issuing state and nationality: ISO 3166-1 alpha-3 plus the ICAO Doc 9303 part 3 additions.</summary>
public static class MrzCountryCodes
{
    /// <summary>Utopia, the fictitious state of ICAO Doc 9303's examples: the mark of a specimen, not a real country.</summary>
    public const string Specimen = "UTO";

    /// <summary>Names that issuers print on specimen documents instead of a person's name.</summary>
    public static readonly IReadOnlySet<string> SpecimenNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "SPECIMEN", "SPECIMAN", "ESPECIMEN", "MUESTRA", "MUSTERMANN", "MUSTERFRAU", "SAMPLE",
    };

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

        // Other organisations that ICAO Doc 9303 part 3 lists: African Development Bank, African Export-Import
        // Bank, Caribbean Community, Council of Europe, COMESA, ECOWAS, Interpol, OECS, SADC, Sovereign Military
        // Order of Malta; and Kosovo's code in use.
        "XBA", "XIM", "XCC", "XCE", "XCO", "XEC", "XPO", "XES", "XDC", "XOM", "RKS",
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
