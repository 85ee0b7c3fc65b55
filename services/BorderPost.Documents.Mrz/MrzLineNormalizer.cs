using System.Text;

namespace BorderPost.Documents.Mrz;

/// <summary>
/// Turns raw text into MRZ lines: blank lines dropped, surrounding and inner whitespace removed,
/// ASCII lower case upper-cased. Other characters are kept so that they can be reported.
/// </summary>
internal static class MrzLineNormalizer
{
    public static IReadOnlyList<string> FromText(string? text) =>
        text is null ? [] : FromLines(text.Split('\n'));

    public static IReadOnlyList<string> FromLines(IReadOnlyList<string?>? lines)
    {
        if (lines is null)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var line in lines)
        {
            var normalised = NormaliseLine(line);
            if (normalised.Length > 0)
            {
                result.Add(normalised);
            }
        }

        return result;
    }

    private static string NormaliseLine(string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            // Only ASCII is upper-cased: Unicode case mapping would turn look-alikes such as
            // the dotless i into valid MRZ letters.
            builder.Append(c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c);
        }

        return builder.ToString();
    }
}
