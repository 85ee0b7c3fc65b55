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
}
