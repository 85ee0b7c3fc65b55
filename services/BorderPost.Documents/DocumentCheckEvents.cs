namespace BorderPost.Documents;

/// <summary>An image was submitted for checking (stored, by hash, in the same transaction).</summary>
public sealed record DocumentCheckSubmitted(
    Guid CheckId,
    string Post,
    string SubmittedBy,
    string Source,
    StoredImage? Image,
    Guid? CrossingId,
    ExpectedDocument? ExpectedDocument,
    DateTimeOffset SubmittedAt);

/// <summary>The MRZ was read: its lines as finally accepted (after any check-digit-guided repair) and the OCR confidence.</summary>
public sealed record MrzRead(Guid CheckId, MrzFormat Format, IReadOnlyList<string> Lines, double OcrConfidence);

/// <summary>
/// The check was decided: the verdict, the findings, and what each finding rests on (<paramref name="Evidence"/>: its
/// region in the picture, its measure and threshold); <paramref name="MrzRegion"/> is where the MRZ was read.
/// </summary>
public sealed record DocumentCheckCompleted(
    Guid CheckId,
    Verdict Verdict,
    IReadOnlyList<MrzFinding> Findings,
    ReadingTimings TimingsMs,
    DateTimeOffset CompletedAt,
    PixelBox? MrzRegion = null,
    IReadOnlyList<FindingEvidence>? Evidence = null);

/// <summary>Where the image is and what it was: SHA-256 (lowercase hex), bytes, type and pixel size.</summary>
public sealed record StoredImage(string Sha256, long Size, string MediaType, int Width, int Height);
