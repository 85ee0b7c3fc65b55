using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BorderPost.Documents.Reading.VisualZone;

/// <summary>
/// Printed text as the MRZ would write it: capitals without accents (ICAO 9303's transliteration: Ä → AE or A, ß → SS,
/// Ñ → N…), and dates in the forms documents print them.
/// </summary>
public static partial class PrintedText
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["JAN"] = 1,
        ["JANV"] = 1,
        ["JANVIER"] = 1,
        ["JANUARY"] = 1,
        ["ENE"] = 1,
        ["ENERO"] = 1,
        ["JANVYE"] = 1,
        ["FEB"] = 2,
        ["FEV"] = 2,
        ["FEVR"] = 2,
        ["FEVRIER"] = 2,
        ["FEBRUARY"] = 2,
        ["FEBRERO"] = 2,
        ["FEVRIYE"] = 2,
        ["MAR"] = 3,
        ["MARS"] = 3,
        ["MARCH"] = 3,
        ["MARZO"] = 3,
        ["MAS"] = 3,
        ["APR"] = 4,
        ["AVR"] = 4,
        ["AVRIL"] = 4,
        ["APRIL"] = 4,
        ["ABR"] = 4,
        ["ABRIL"] = 4,
        ["AVRIL."] = 4,
        ["MAY"] = 5,
        ["MAI"] = 5,
        ["MAYO"] = 5,
        ["JUN"] = 6,
        ["JUIN"] = 6,
        ["JUNE"] = 6,
        ["JUNIO"] = 6,
        ["JEN"] = 6,
        ["JUL"] = 7,
        ["JUIL"] = 7,
        ["JUILLET"] = 7,
        ["JULY"] = 7,
        ["JULIO"] = 7,
        ["JIYE"] = 7,
        ["AUG"] = 8,
        ["AOU"] = 8,
        ["AOUT"] = 8,
        ["AUGUST"] = 8,
        ["AGO"] = 8,
        ["AGOSTO"] = 8,
        ["OUT"] = 8,
        ["SEP"] = 9,
        ["SEPT"] = 9,
        ["SEPTEMBRE"] = 9,
        ["SEPTEMBER"] = 9,
        ["SEPTIEMBRE"] = 9,
        ["SETIEMBRE"] = 9,
        ["OCT"] = 10,
        ["OCTOBRE"] = 10,
        ["OCTOBER"] = 10,
        ["OCTUBRE"] = 10,
        ["OKT"] = 10,
        ["OKTOB"] = 10,
        ["NOV"] = 11,
        ["NOVEMBRE"] = 11,
        ["NOVEMBER"] = 11,
        ["NOVIEMBRE"] = 11,
        ["DEC"] = 12,
        ["DECEMBRE"] = 12,
        ["DECEMBER"] = 12,
        ["DIC"] = 12,
        ["DICIEMBRE"] = 12,
        ["DEZ"] = 12,
        ["DES"] = 12,
    };

    /// <summary>Capitals, accents removed, ß as SS, anything but letters, digits and spaces as a space.</summary>
    public static string Normalise(string text)
    {
        var decomposed = text.ToUpperInvariant().Replace("ß", "SS", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : ' ');
        }
        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    /// <summary>The name as the MRZ may write it: Ä, Ö, Ü as AE, OE, UE (Germany, and ICAO's table) — the other form.</summary>
    public static string GermanForm(string text) =>
        Normalise(text.ToUpperInvariant().Replace("Ä", "AE", StringComparison.Ordinal).Replace("Ö", "OE", StringComparison.Ordinal)
            .Replace("Ü", "UE", StringComparison.Ordinal).Replace("Å", "AA", StringComparison.Ordinal));

    /// <summary>Letters only, as a name is compared.</summary>
    public static string Letters(string text) => new([.. Normalise(text).Where(char.IsAsciiLetter)]);

    /// <summary>
    /// Every date in the text, in the forms documents print (12 JAN 1980, 12 JANV/JAN 80, 12.01.1980, 12/01/1980,
    /// 12 01 1980, 1980-01-12). A two-digit year is placed in the century that brings it closest to <paramref name="near"/>.
    /// </summary>
    public static IReadOnlyList<DateOnly> Dates(string text, DateOnly near)
    {
        var normalised = DigitsInNumbers(Normalise(text));
        var dates = new List<DateOnly>();
        foreach (Match m in NamedMonth().Matches(normalised))
        {
            if (Months.TryGetValue(m.Groups["month"].Value, out var month))
            {
                Add(dates, m.Groups["day"].Value, month, m.Groups["year"].Value, near);
            }
        }
        foreach (Match m in NumericDayFirst().Matches(normalised))
        {
            Add(dates, m.Groups["day"].Value, int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture), m.Groups["year"].Value, near);
        }
        foreach (Match m in NumericYearFirst().Matches(normalised))
        {
            Add(dates, m.Groups["day"].Value, int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture), m.Groups["year"].Value, near);
        }
        return dates;
    }

    private static void Add(List<DateOnly> dates, string dayText, int month, string yearText, DateOnly near)
    {
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (yearText.Length == 2)
        {
            year = new[] { 1900 + year, 2000 + year }.MinBy(y => Math.Abs(y - near.Year));
        }
        if (month is >= 1 and <= 12 && year is >= 1900 and <= 2100 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            dates.Add(new DateOnly(year, month, day));
        }
    }

    // OCR reads 0 as O and 1 as I or L inside numbers: in a run of digits and such letters, they are digits.
    private static string DigitsInNumbers(string text) => MixedNumber().Replace(text, m => m.Value.Any(char.IsAsciiDigit)
        ? m.Value.Replace('O', '0').Replace('I', '1').Replace('L', '1')
        : m.Value);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b[0-9OIL]{1,4}\b")]
    private static partial Regex MixedNumber();

    [GeneratedRegex(@"\b(?<day>\d{1,2}) ?(?<month>[A-Z]{3,9})(?: [A-Z]{3,9})? ?(?<year>\d{4}|\d{2})\b")]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"\b(?<day>\d{1,2}) (?<month>\d{1,2}) (?<year>\d{4})\b")]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex(@"\b(?<year>\d{4}) (?<month>\d{1,2}) (?<day>\d{1,2})\b")]
    private static partial Regex NumericYearFirst();
}
