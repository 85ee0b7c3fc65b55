using BorderPost.Documents.ReviewingChecks;

namespace BorderPost.Documents;

/// <summary>A document check as read back: built from its events (inline snapshot) for the GET endpoint.</summary>
public sealed record DocumentCheck(
    Guid Id,
    string Post,
    string SubmittedBy,
    string Source,
    StoredImage? Image,
    Guid? CrossingId,
    ExpectedDocument? ExpectedDocument,
    DateTimeOffset SubmittedAt,
    MrzFormat? Format = null,
    IReadOnlyList<string>? MrzLines = null,
    double OcrConfidence = 0,
    Verdict? Verdict = null,
    IReadOnlyList<MrzFinding>? Findings = null,
    ReadingTimings? TimingsMs = null,
    DateTimeOffset? CompletedAt = null,
    DocumentCheckReviewed? Review = null,
    PixelBox? MrzRegion = null,
    IReadOnlyList<FindingEvidence>? Evidence = null)
{
    public static DocumentCheck Create(DocumentCheckSubmitted e) =>
        new(e.CheckId, e.Post, e.SubmittedBy, e.Source, e.Image, e.CrossingId, e.ExpectedDocument, e.SubmittedAt);

    public DocumentCheck Apply(MrzRead e) => this with { Format = e.Format, MrzLines = e.Lines, OcrConfidence = e.OcrConfidence };

    public DocumentCheck Apply(DocumentCheckCompleted e) =>
        this with
        {
            Verdict = e.Verdict,
            Findings = e.Findings,
            TimingsMs = e.TimingsMs,
            CompletedAt = e.CompletedAt,
            MrzRegion = e.MrzRegion,
            Evidence = e.Evidence,
        };

    public DocumentCheck Apply(DocumentCheckReviewed e) => this with { Review = e };
}
