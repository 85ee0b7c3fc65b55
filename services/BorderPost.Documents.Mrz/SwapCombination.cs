namespace BorderPost.Documents.Mrz;

/// <summary>
/// Confusable swaps that together make a field's check digit pass. <paramref name="Eligible"/> is true
/// when every swapped character stood out from its neighbours, the only case a repair may be applied in;
/// other combinations only compete with eligible ones (see <see cref="MrzFieldSearch"/>).
/// </summary>
internal sealed record SwapCombination(IReadOnlyList<ConfusableSwap> Swaps, bool Eligible)
{
    public static readonly SwapCombination None = new([], Eligible: true);

    public SwapCombination Join(SwapCombination other) => new([.. Swaps, .. other.Swaps], Eligible && other.Eligible);
}
