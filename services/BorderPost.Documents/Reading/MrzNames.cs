namespace BorderPost.Documents.Reading;

/// <summary>
/// ICAO 9303 pads the name field with fillers after the last name; a run of three fillers means the names have
/// ended. A letter that OCR reads inside that padding and that OCR-B's chevron is often mistaken for (K, E, S…) is a
/// filler. Letters that do not look like a chevron stay, for the parser to report.
/// </summary>
internal static class MrzNames
{
    private const string ConfusedWithFiller = "KXECZLSR";

    public static List<string> ClearAfterPadding(List<string> lines)
    {
        // TD1: the whole third line; TD2, TD3 and visas: the first line after the document code and issuing state.
        var (line, start) = lines.Count == 3 ? (2, 0) : (0, 5);
        if (lines.Count < 2 || lines[line].Length <= start)
        {
            return lines;
        }
        var text = lines[line].ToCharArray();
        var padding = lines[line].IndexOf("<<<", start, StringComparison.Ordinal);
        if (padding < 0)
        {
            return lines;
        }
        for (var i = padding; i < text.Length; i++)
        {
            if (ConfusedWithFiller.Contains(text[i], StringComparison.Ordinal))
            {
                text[i] = '<';
            }
        }
        var result = new List<string>(lines) { [line] = new string(text) };
        return result;
    }
}
