using BorderPost.Documents.Mrz;

namespace BorderPost.Documents.Reading;

/// <summary>Time spent in each step of a reading, in milliseconds.</summary>
public sealed record ReadingTimings(double Locate, double Ocr, double Validate, double Total);

/// <summary>The result of reading one document picture.</summary>
public sealed record DocumentReading(
    Verdict Verdict,
    MrzReading? Mrz,
    IReadOnlyList<MrzFinding> Findings,
    double OcrConfidence,
    ImageQuality? Quality,
    ReadingTimings Timings);
