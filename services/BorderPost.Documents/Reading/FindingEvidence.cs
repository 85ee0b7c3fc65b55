namespace BorderPost.Documents.Reading;

/// <summary>A box in the picture, in its pixels (origin top left).</summary>
public sealed record PixelBox(int X, int Y, int Width, int Height);

/// <summary>
/// What a finding rests on, kept with the check: where in the picture (<paramref name="Region"/>), the measure
/// (<paramref name="Score"/>) and the threshold it was held against, and, for a comparison, both readings.
/// </summary>
public sealed record FindingEvidence(
    string Code, MrzSeverity Severity, PixelBox? Region, double? Score = null, double? Threshold = null, string? Expected = null, string? Found = null);
