namespace BorderPost.Documents.Mrz;

/// <summary>The outcome of <see cref="MrzRepairer.Repair"/>.</summary>
/// <param name="Lines">The repaired lines, or the input lines unchanged when no repair was accepted.</param>
/// <param name="Repairs">The characters changed, ordered by line and position; empty when nothing changed.</param>
/// <param name="AllCheckDigitsValid">True when every check digit of the format passes on <paramref name="Lines"/>.</param>
public sealed record MrzRepairResult(IReadOnlyList<string> Lines, IReadOnlyList<MrzRepair> Repairs, bool AllCheckDigitsValid);
