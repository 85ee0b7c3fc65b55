namespace BorderPost.Documents.Reading;

/// <summary>
/// One band read in one orientation: what the parser made of it, how sure the reader was overall (<paramref name="Confidence"/>,
/// 0–100), how sure it was of the characters a contradiction would rest on (<paramref name="Evidence"/>, 0–100: the
/// recogniser's lowest certainty over the check-digit-covered lines; 0 for Tesseract, whose confidences were measured
/// not to tell a misread from a right read), and the image quality.
/// </summary>
/// <param name="Legibility">The least certainty over every character (0–100), names included; Tesseract's median confidence.</param>
internal sealed record ReadingAttempt(
    MrzReading Reading, IReadOnlyList<MrzRepair> Repairs, double Confidence, double Evidence, double Legibility, ImageQuality Quality)
{
    public bool Legible => Legibility >= VerdictRules.ReadingAttemptLegibility;

    public int PassingScore =>
        (Reading.Format is null ? 0 : 100)
        - Reading.Findings.Count(f => f.Severity == MrzSeverity.Critical) * 10
        - Reading.Findings.Count(f => f.Severity == MrzSeverity.Warning) * 3
        + (int)Confidence / 10
        + (int)Legibility / 10;

    /// <summary>
    /// Read the right way up from the right band: everything checks, or at most a forger's two contradictions (a field's
    /// check digit and the composite), and nothing else odd. Text read upside down or from the wrong band fails far more.
    /// </summary>
    public bool Plausible =>
        Reading.CheckDigitsValid
        || (Reading.Format is not null
            && Reading.Findings.Count(f => f.Severity == MrzSeverity.Critical) <= 3
            && !Reading.Findings.Any(f => f.Severity == MrzSeverity.Warning && f.Code != MrzFindingCodes.Expired));
}
