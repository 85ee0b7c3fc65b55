namespace BorderPost.Documents.Mrz;

/// <summary>The ICAO Doc 9303 check digit: weights 7, 3, 1 repeated, sum modulo 10.</summary>
public static class CheckDigit
{
    private static readonly int[] Weights = [7, 3, 1];

    /// <summary>
    /// Computes the check digit of <paramref name="field"/>: 0-9 count as their value, A-Z as 10-35 and
    /// the filler '&lt;' as 0. Returns -1 when the field holds any other character.
    /// </summary>
    public static int Compute(ReadOnlySpan<char> field)
    {
        var sum = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var value = MrzAlphabet.ValueOf(field[i]);
            if (value < 0)
            {
                return -1;
            }

            // Reduce as we go so that no field length can overflow the sum.
            sum = (sum + (value * Weights[i % 3])) % 10;
        }

        return sum;
    }

    /// <summary>True when <paramref name="digit"/> is a decimal digit equal to the check digit of <paramref name="field"/>.</summary>
    public static bool IsValid(ReadOnlySpan<char> field, char digit) =>
        MrzAlphabet.IsDigit(digit) && Compute(field) == digit - '0';
}
