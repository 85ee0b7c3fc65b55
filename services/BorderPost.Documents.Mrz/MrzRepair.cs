namespace BorderPost.Documents.Mrz;

/// <summary>One character changed by <see cref="MrzRepairer"/>.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Position">1-based character position in the line, as ICAO numbers them.</param>
/// <param name="From">The character read.</param>
/// <param name="To">The character it was replaced with.</param>
public sealed record MrzRepair(int Line, int Position, char From, char To);
