namespace BorderPost.Documents.Reading;

/// <summary>
/// ICAO 9303 fills the end of the name field and of the optional data fields with fillers: once the padding has begun,
/// only fillers follow. A letter that OCR reads inside that padding and that OCR-B's chevron is often mistaken for
/// (K, E, S…) is a filler. Letters that do not look like a chevron stay, for the parser to report.
/// </summary>
internal static class MrzNames
{
    private const string ConfusedWithFiller = "KXECZLSR";

    // (line, first position, end position exclusive, fillers that mark the start of padding) per layout.
    private static readonly (int Line, int Start, int End, int Run)[] Td1 = [(0, 15, 30, 2), (1, 18, 29, 2), (2, 0, 30, 3)];
    private static readonly (int Line, int Start, int End, int Run)[] Td3 = [(0, 5, 44, 3), (1, 28, 42, 2)];
    private static readonly (int Line, int Start, int End, int Run)[] MrvA = [(0, 5, 44, 3), (1, 28, 44, 2)];
    private static readonly (int Line, int Start, int End, int Run)[] Td2 = [(0, 5, 36, 3), (1, 28, 35, 2)];
    private static readonly (int Line, int Start, int End, int Run)[] MrvB = [(0, 5, 36, 3), (1, 28, 36, 2)];

    public static List<string> ClearAfterPadding(List<string> lines)
    {
        var fields = lines switch
        {
            [{ Length: 30 }, { Length: 30 }, { Length: 30 }] => Td1,
            [{ Length: 44 } first, { Length: 44 }] => first.StartsWith('V') ? MrvA : Td3,
            [{ Length: 36 } first, { Length: 36 }] => first.StartsWith('V') ? MrvB : Td2,
            _ => [],
        };
        var result = lines.Select(l => l.ToCharArray()).ToList();
        foreach (var (line, start, end, run) in fields)
        {
            var padding = lines[line].IndexOf(new string('<', run), start, end - start, StringComparison.Ordinal);
            for (var i = padding < 0 ? end : padding; i < end; i++)
            {
                if (ConfusedWithFiller.Contains(result[line][i], StringComparison.Ordinal))
                {
                    result[line][i] = '<';
                }
            }
        }
        return [.. result.Select(chars => new string(chars))];
    }
}
