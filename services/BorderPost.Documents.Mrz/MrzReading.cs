namespace BorderPost.Documents.Mrz;

/// <summary>The outcome of parsing a machine-readable zone.</summary>
/// <param name="Format">The layout recognised from line count and lengths; null when none matches.</param>
/// <param name="Lines">The normalised lines (trimmed, spaces removed, upper case, blank lines dropped).</param>
/// <param name="Fields">The data elements; null when <paramref name="Format"/> is null.</param>
/// <param name="Findings">Every problem found, in a stable order.</param>
/// <param name="CheckDigitsValid">True only when every check digit of the format is present and correct.</param>
public sealed record MrzReading(
    MrzFormat? Format,
    IReadOnlyList<string> Lines,
    MrzFields? Fields,
    IReadOnlyList<MrzFinding> Findings,
    bool CheckDigitsValid);
