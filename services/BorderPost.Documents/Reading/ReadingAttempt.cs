using BorderPost.Documents.Mrz;

namespace BorderPost.Documents.Reading;

/// <summary>One band read in one orientation: what the parser made of it, how sure the OCR was, and the image quality.</summary>
internal sealed record ReadingAttempt(MrzReading Reading, IReadOnlyList<MrzRepair> Repairs, double Confidence, ImageQuality Quality)
{
    public int PassingScore =>
        (Reading.Format is null ? 0 : 100)
        - Reading.Findings.Count(f => f.Severity == MrzSeverity.Critical) * 10
        + (int)Confidence / 10;
}
