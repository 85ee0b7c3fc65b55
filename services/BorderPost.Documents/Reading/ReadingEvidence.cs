namespace BorderPost.Documents.Reading;

/// <summary>
/// The evidence of each finding of a reading: the MRZ's box for what the MRZ says (with the certainty it was read with
/// and the certainty required), the measure and threshold for the picture's quality.
/// </summary>
public static class ReadingEvidence
{
    public static IReadOnlyList<FindingEvidence> For(
        IEnumerable<MrzFinding> findings, PixelBox? mrz, ImageQuality? quality, double certainty, double certainReading = VerdictRules.CertainReading) =>
        [.. findings.Where(f => f.Code is not (VisualZone.PrintedFieldCheck.Mismatch or Photo.PhotoCheck.FaceMissing)).Select(f => f.Code switch
        {
            DocumentFindings.Blurry => new FindingEvidence(f.Code, f.Severity, mrz, Round(quality?.Sharpness), ImageQuality.MinimumSharpness),
            DocumentFindings.Glare => new FindingEvidence(f.Code, f.Severity, mrz, Round(quality?.Glare), ImageQuality.MaximumGlare),
            DocumentFindings.TooSmall => new FindingEvidence(f.Code, f.Severity, mrz, Round(quality?.PixelsPerCharacter), ImageQuality.MinimumPixelsPerCharacter),
            DocumentFindings.UnreliableRead => new FindingEvidence(f.Code, f.Severity, mrz, Round(certainty), certainReading),
            _ when f.Severity == MrzSeverity.Critical && f.Code.StartsWith("mrz.", StringComparison.Ordinal) =>
                new FindingEvidence(f.Code, f.Severity, mrz, Round(certainty), certainReading),
            _ => new FindingEvidence(f.Code, f.Severity, mrz),
        })];

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
