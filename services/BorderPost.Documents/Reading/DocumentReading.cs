namespace BorderPost.Documents.Reading;

/// <summary>Time spent in each step of a reading, in milliseconds.</summary>
public sealed record ReadingTimings(double Locate, double Ocr, double Validate, double Total);

/// <summary>
/// The result of reading one document picture; <c>MrzRegion</c> is where the MRZ was read from, <c>Certainty</c> the
/// recogniser's certainty of the characters a contradiction rests on (0–100), <c>VisualEvidence</c> the evidence of the
/// findings about the printed fields and the portrait.
/// </summary>
public sealed record DocumentReading(
    Verdict Verdict,
    MrzReading? Mrz,
    IReadOnlyList<MrzFinding> Findings,
    double OcrConfidence,
    ImageQuality? Quality,
    ReadingTimings Timings,
    PixelBox? MrzRegion = null,
    double Certainty = 0,
    IReadOnlyList<FindingEvidence>? VisualEvidence = null);
