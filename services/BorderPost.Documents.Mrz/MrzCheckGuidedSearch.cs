namespace BorderPost.Documents.Mrz;

/// <summary>
/// Repairs the alphanumeric fields whose check digit fails by trying confusable swaps. A combination is
/// accepted only when every check digit of the layout then passes, it has the strictly lowest cost of all
/// the combinations that do (see <see cref="SwapCombination.Cost"/>; a tie means the check digits cannot
/// tell the explanations apart), it is eligible (see <see cref="MrzFieldSearch"/>), and its result shows
/// no trace of a confusion left (see <see cref="FieldRegularity"/>).
/// </summary>
/// <remarks>
/// The composite check digit adds no evidence here: in every format the document number and the TD3
/// personal number start the composite data at a position whose weight matches their own check digit's,
/// so any swap that fixes the field's digit fixes the composite too. A single check digit cannot tell a
/// confusion from a changed character; only the eligibility and regularity rules keep a forged digit from
/// being "compensated" by a swap elsewhere, and they assume numbers without confusable letters alone
/// between digits (or confusable digits alone between letters).
/// </remarks>
internal static class MrzCheckGuidedSearch
{
    /// <summary>Bound on the joint combinations tried across all failing fields.</summary>
    private const int MaxJointCombinations = 100_000;

    /// <summary>Applies the unique cheapest passing combination; false when there is none or it cannot be trusted.</summary>
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
            var rank = best is null ? -1 : combination.Cost.CompareTo(best.Cost);
            if (rank > 0 || !layout.AllChecksPass(Apply(lines, combination.Swaps)))
            {
                continue;
            }

            bestIsUnique = rank < 0;
            best = rank < 0 ? combination : best;
        }

        if (best is null || !bestIsUnique || !best.Eligible || best.Irregularity > 0)
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
