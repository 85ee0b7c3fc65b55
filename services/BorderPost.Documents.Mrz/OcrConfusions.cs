namespace BorderPost.Documents.Mrz;

/// <summary>Characters that OCR of the OCR-B font confuses: O/0, I/1, B/8, S/5, Z/2, G/6, and D or Q read for 0.</summary>
internal static class OcrConfusions
{
    private static readonly Dictionary<char, char> LetterToDigitMap = new()
    {
        ['O'] = '0',
        ['D'] = '0',
        ['Q'] = '0',
        ['I'] = '1',
        ['B'] = '8',
        ['S'] = '5',
        ['Z'] = '2',
        ['G'] = '6',
    };

    private static readonly Dictionary<char, char> DigitToLetterMap = new()
    {
        ['0'] = 'O',
        ['1'] = 'I',
        ['8'] = 'B',
        ['5'] = 'S',
        ['2'] = 'Z',
        ['6'] = 'G',
    };

    /// <summary>The digit a letter read where only digits are allowed stands for, if it is a known confusion.</summary>
    public static char? LetterToDigit(char c) => LetterToDigitMap.TryGetValue(c, out var digit) ? digit : null;

    /// <summary>The letter a digit read where only letters are allowed stands for, if it is a known confusion.</summary>
    public static char? DigitToLetter(char c) => DigitToLetterMap.TryGetValue(c, out var letter) ? letter : null;

    /// <summary>
    /// The alternative worth trying in an alphanumeric field. G/6 is left out: their values differ by 10,
    /// which no check digit (weights 7, 3, 1, modulo 10) can see, so swapping them can never fix a check.
    /// </summary>
    public static char? SearchAlternative(char c) =>
        c is 'G' or '6' ? null : MrzAlphabet.IsLetter(c) ? LetterToDigit(c) : DigitToLetter(c);
}
