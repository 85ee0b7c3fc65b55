namespace BorderPost.Documents.Mrz;

/// <summary>
/// Finds every combination of confusable swaps inside an alphanumeric field (document number, optional
/// data) that makes its own check digit pass. A check digit alone cannot tell such combinations apart, so
/// each is ranked by the regularity of its result (see <see cref="FieldRegularity"/>), and marked eligible
/// only when every swapped character stood out from both neighbours and is not D or Q (real letters too
/// often): letter prefixes and suffixes such as D23145890 or L898902C3 are never changed.
/// </summary>
internal static class MrzFieldSearch
{
    /// <summary>At most this many confusable positions per field (2^10 combinations).</summary>
    public const int MaxPositions = 10;

    /// <summary>The passing combinations; empty when there are none or the field is out of bounds.</summary>
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
                swaps.Add((i, to, text[i] is not ('D' or 'Q') && FieldRegularity.StandsOut(text, i)));
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
            for (var bit = 0; bit < swaps.Count; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    var (index, to, swapEligible) = swaps[bit];
                    candidate[index] = to;
                    chosen.Add(new ConfusableSwap(cells[index].Line, cells[index].Position, to));
                    eligible &= swapEligible;
                }
            }

            if (CheckDigit.IsValid(candidate, digit))
            {
                passing.Add(new SwapCombination(chosen, eligible, FieldRegularity.Irregularity(candidate)));
            }
        }

        return passing;
    }
}
