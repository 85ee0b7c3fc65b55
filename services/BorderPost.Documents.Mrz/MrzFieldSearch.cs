namespace BorderPost.Documents.Mrz;

/// <summary>
/// Finds the combinations of confusable swaps inside an alphanumeric field (document number, optional
/// data) that make its own check digit pass. A check digit alone cannot tell which of several such
/// combinations is the truth, so two kinds are kept:
/// <list type="bullet">
/// <item>eligible ones, which only swap characters standing out from both neighbours (a letter between two
/// digits, a digit between two letters; never D or Q, which are real letters too often) — the only kind a
/// repair may apply, so letter prefixes and suffixes such as D23145890 or L898902C3 are never changed;</item>
/// <item>competing ones, whose swapped characters fit their neighbours afterwards: explanations as likely as
/// an eligible one, which make the field ambiguous.</item>
/// </list>
/// </summary>
internal static class MrzFieldSearch
{
    /// <summary>At most this many confusable positions per field (2^10 combinations).</summary>
    public const int MaxPositions = 10;

    /// <summary>The passing eligible and competing combinations; empty when there are none or the field is out of bounds.</summary>
    public static IReadOnlyList<SwapCombination> Find(MrzCheck check, IReadOnlyList<string> lines)
    {
        var cells = check.Data
            .SelectMany(span => Enumerable.Range(span.Start, Math.Max(0, span.Length)).Select(position => (span.Line, Position: position)))
            .ToList();
        var text = MrzField.ReadSpans(check.Data, lines).ToCharArray();
        var digit = check.Digit.FirstChar(lines);
        if (text.Length != cells.Count)
        {
            return [];
        }

        var swaps = new List<(int Index, char To, bool Eligible)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (OcrConfusions.SearchAlternative(text[i]) is { } to)
            {
                swaps.Add((i, to, text[i] is not ('D' or 'Q') && StandsOut(text, i)));
            }
        }

        if (swaps.Count is 0 or > MaxPositions)
        {
            return [];
        }

        var passing = new List<SwapCombination>();
        for (var mask = 1; mask < 1 << swaps.Count; mask++)
        {
            var candidate = (char[])text.Clone();
            var chosen = new List<ConfusableSwap>();
            var eligible = true;
            var swapped = new List<int>();
            for (var bit = 0; bit < swaps.Count; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    var (index, to, swapEligible) = swaps[bit];
                    candidate[index] = to;
                    chosen.Add(new ConfusableSwap(cells[index].Line, cells[index].Position, to));
                    swapped.Add(index);
                    eligible &= swapEligible;
                }
            }

            var competing = swapped.All(index => !StandsOut(candidate, index));
            if ((eligible || competing) && CheckDigit.IsValid(candidate, digit))
            {
                passing.Add(new SwapCombination(chosen, eligible));
            }
        }

        return passing;
    }

    /// <summary>A letter between two digits, or a digit between two letters.</summary>
    private static bool StandsOut(char[] text, int index)
    {
        var c = text[index];
        var left = index > 0 ? text[index - 1] : MrzAlphabet.Filler;
        var right = index < text.Length - 1 ? text[index + 1] : MrzAlphabet.Filler;
        Func<char, bool> otherKind = MrzAlphabet.IsLetter(c) ? MrzAlphabet.IsDigit : MrzAlphabet.IsLetter;
        return otherKind(left) && otherKind(right);
    }
}
