namespace BorderPost.Documents.Mrz;

/// <summary>
/// Repairs the alphanumeric fields whose check digit fails by trying confusable swaps. A combination is
/// accepted only when every check digit of the layout then passes, no other eligible or competing
/// combination with as few changes does too, and it is eligible (see <see cref="MrzFieldSearch"/>).
/// </summary>
internal static class MrzCheckGuidedSearch
{
    /// <summary>Bound on the joint combinations tried across all failing fields.</summary>
    private const int MaxJointCombinations = 100_000;

    /// <summary>Applies the unique smallest passing combination; false when there is none, it is ambiguous or not eligible.</summary>
    public static bool TryRepair(MrzLayout layout, MrzRepairBuffer buffer)
    {
        var lines = buffer.ToLines();
        var failing = layout.Checks.Where(check => !check.IsComposite && !check.Passes(lines)).ToList();
        if (failing.Count == 0)
        {
            // Only the composite can still fail; nothing here can be searched against it alone.
            return layout.AllChecksPass(lines);
        }

        if (failing.Any(check => check.Field is not (MrzFieldNames.DocumentNumber or MrzFieldNames.OptionalData)))
        {
            return false;
        }

        var candidates = failing.Select(check => MrzFieldSearch.Find(check, lines)).ToList();
        var total = candidates.Aggregate(1L, (product, list) => product * list.Count);
        if (total is 0 or > MaxJointCombinations)
        {
            return false;
        }

        SwapCombination? best = null;
        var bestIsUnique = false;
        foreach (var combination in Combinations(candidates))
        {
            if (best is not null && combination.Swaps.Count > best.Swaps.Count)
            {
                continue;
            }

            if (!layout.AllChecksPass(Apply(lines, combination.Swaps)))
            {
                continue;
            }

            bestIsUnique = best is null || combination.Swaps.Count < best.Swaps.Count;
            best = combination;
        }

        if (best is null || !bestIsUnique || !best.Eligible)
        {
            return false;
        }

        foreach (var swap in best.Swaps)
        {
            buffer.Set(swap.Line, swap.Position, swap.To);
        }

        return true;
    }

    private static IEnumerable<SwapCombination> Combinations(IReadOnlyList<IReadOnlyList<SwapCombination>> candidates)
    {
        IEnumerable<SwapCombination> combinations = [SwapCombination.None];
        foreach (var options in candidates)
        {
            var current = combinations;
            combinations = current.SelectMany(_ => options, (chosen, option) => chosen.Join(option));
        }

        return combinations;
    }

    private static string[] Apply(IReadOnlyList<string> lines, IEnumerable<ConfusableSwap> swaps)
    {
        var chars = lines.Select(line => line.ToCharArray()).ToArray();
        foreach (var swap in swaps)
        {
            chars[swap.Line][swap.Position] = swap.To;
        }

        return [.. chars.Select(line => new string(line))];
    }
}
