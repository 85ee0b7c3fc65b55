namespace BorderPost.Documents.Mrz;

/// <summary>
/// Confusable swaps that together make a field's check digit pass (see <see cref="MrzFieldSearch"/>).
/// </summary>
/// <param name="Swaps">The characters to change.</param>
/// <param name="Eligible">Every swapped character stood out from its neighbours: the only case a repair may be applied in.</param>
/// <param name="Irregularity">How many traces of confusions the result still shows (see <see cref="FieldRegularity"/>).</param>
internal sealed record SwapCombination(IReadOnlyList<ConfusableSwap> Swaps, bool Eligible, int Irregularity)
{
    public static readonly SwapCombination None = new([], Eligible: true, Irregularity: 0);

    public SwapCombination Join(SwapCombination other) =>
        new([.. Swaps, .. other.Swaps], Eligible && other.Eligible, Irregularity + other.Irregularity);

    /// <summary>
    /// How unlikely the explanation is: each change and each irregular run counts one. A single confusion
    /// in a number without such traces costs 1, so no other explanation can beat it, and one that ties makes
    /// the reading ambiguous.
    /// </summary>
    public int Cost => Swaps.Count + Irregularity;
}
