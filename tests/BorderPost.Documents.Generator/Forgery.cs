namespace BorderPost.Documents.Generator;

/// <summary>
/// An altered document: one character of a field protected by a check digit (document number, birth or expiry
/// date) is replaced by another digit, and the check digits are left as they were — what a forger changing a date
/// of birth or a number by hand produces.
/// </summary>
internal static class Forgery
{
    public static (string[] Lines, string Description) ChangeOneCharacter(DocumentKind kind, string[] mrz, Random random)
    {
        var lines = (string[])mrz.Clone();
        var (line, positions) = kind switch
        {
            DocumentKind.IdCard => random.Next(2) == 0
                ? (1, new[] { 0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13 })
                : (0, new[] { 5, 6, 7, 8, 9, 10, 11, 12, 13 }),
            _ => (1, new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26 }),
        };
        var digitPositions = positions.Where(p => char.IsAsciiDigit(lines[line][p])).ToArray();
        var position = digitPositions[random.Next(digitPositions.Length)];
        var original = lines[line][position];
        char replacement;
        do
        {
            replacement = (char)('0' + random.Next(10));
        }
        while (replacement == original);
        var chars = lines[line].ToCharArray();
        chars[position] = replacement;
        lines[line] = new string(chars);
        return (lines, $"line {line + 1} position {position + 1}: {original} -> {replacement}");
    }

    /// <summary>
    /// A digit of the printed document number copied, pixels and background together, over the last digit of the printed
    /// birth year: the digital copy-move a forger makes on a scan. Null when no digit of the number differs from it.
    /// </summary>
    public static byte[]? CopyDigit(byte[] png, DocumentPainter painter)
    {
        var number = painter.PrintedValue("N° du document");
        var birth = painter.PrintedValue("Date de naissance");
        var target = birth.Length - 1;
        var sources = Enumerable.Range(0, number.Length).Where(i => char.IsAsciiDigit(number[i]) && number[i] != birth[target]).ToList();
        if (sources.Count == 0)
        {
            return null;
        }
        var from = painter.CharacterBox("N° du document", sources[0]);
        var to = painter.CharacterBox("Date de naissance", target);
        using var page = OpenCvSharp.Cv2.ImDecode(png, OpenCvSharp.ImreadModes.Unchanged);
        var width = Math.Min(from.Width, to.Width);
        var height = Math.Min(from.Height, to.Height);
        using var patch = new OpenCvSharp.Mat(page, new OpenCvSharp.Rect(from.X, from.Y, width, height)).Clone();
        using var destination = new OpenCvSharp.Mat(page, new OpenCvSharp.Rect(to.X, to.Y, width, height));
        patch.CopyTo(destination);
        return page.ImEncode(".png");
    }
}
