namespace BorderPost.Documents.Mrz;

/// <summary>The MRZ character set: A-Z, 0-9 and the filler '&lt;'.</summary>
internal static class MrzAlphabet
{
    public const char Filler = '<';

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsLetter(char c) => c is >= 'A' and <= 'Z';

    public static bool IsValid(char c) => IsDigit(c) || IsLetter(c) || c == Filler;

    /// <summary>The check-digit value of <paramref name="c"/>, or -1 when it is not an MRZ character.</summary>
    public static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        Filler => 0,
        _ => -1,
    };

    public static bool IsAllFiller(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c != Filler)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Shows a character for a finding: printable ASCII as itself, anything else as U+XXXX.</summary>
    public static string Describe(char c) =>
        c is >= ' ' and <= '~' ? $"'{c}'" : $"U+{(int)c:X4}";
}
