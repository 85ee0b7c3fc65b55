namespace BorderPost.Documents.Mrz;

/// <summary>
/// How much a field looks like the trace of an OCR confusion. Document and personal numbers are runs of
/// digits with letter prefixes, infixes or suffixes (L898902C3, 12AB34567); what real numbers rarely hold
/// is a confusable letter or two alone between digits (L8989O2C3), or a confusable digit alone between
/// letters (ZE1B4226B read as 2E1B4226B is not one; AB5CD is).
/// </summary>
internal static class FieldRegularity
{
    /// <summary>True when the single character at <paramref name="index"/> sits between two characters of the other kind.</summary>
    public static bool StandsOut(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        var left = index > 0 ? text[index - 1] : MrzAlphabet.Filler;
        var right = index < text.Length - 1 ? text[index + 1] : MrzAlphabet.Filler;
        return MrzAlphabet.IsLetter(c)
            ? MrzAlphabet.IsDigit(left) && MrzAlphabet.IsDigit(right)
            : MrzAlphabet.IsDigit(c) && MrzAlphabet.IsLetter(left) && MrzAlphabet.IsLetter(right);
    }

    /// <summary>
    /// The number of letter runs of one or two characters between digits, and of single digits between
    /// letters, that hold a confusable character.
    /// </summary>
    public static int Irregularity(ReadOnlySpan<char> text)
    {
        var count = 0;
        var start = 0;
        while (start < text.Length)
        {
            var letters = MrzAlphabet.IsLetter(text[start]);
            var digits = MrzAlphabet.IsDigit(text[start]);
            var end = start + 1;
            while (end < text.Length && ((letters && MrzAlphabet.IsLetter(text[end])) || (digits && MrzAlphabet.IsDigit(text[end]))))
            {
                end++;
            }

            var before = start > 0 ? text[start - 1] : MrzAlphabet.Filler;
            var after = end < text.Length ? text[end] : MrzAlphabet.Filler;
            var run = text[start..end];
            if (letters && end - start <= 2 && MrzAlphabet.IsDigit(before) && MrzAlphabet.IsDigit(after) && HasConfusable(run))
            {
                count++;
            }
            else if (digits && end - start == 1 && MrzAlphabet.IsLetter(before) && MrzAlphabet.IsLetter(after) && HasConfusable(run))
            {
                count++;
            }

            start = end;
        }

        return count;
    }

    private static bool HasConfusable(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (OcrConfusions.LetterToDigit(c) is not null || OcrConfusions.DigitToLetter(c) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
