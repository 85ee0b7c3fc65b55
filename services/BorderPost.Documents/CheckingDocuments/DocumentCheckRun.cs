using System.Security.Cryptography;
using BorderPost.Documents.ConsultingRegisters;
using BorderPost.Documents.Storage;

namespace BorderPost.Documents.CheckingDocuments;

/// <summary>Who asked for a check, from where, and about what.</summary>
public sealed record CheckRequest(
    Guid CheckId, string Post, string SubmittedBy, string Source, Guid? CrossingId, ExpectedDocument? ExpectedDocument);

/// <summary>The events of one check, ready to be stored together with its image.</summary>
/// <param name="Sighting">The document as seen at this check, stored with it for later checks to compare with.</param>
public sealed record CheckOutcome(
    DocumentCheckSubmitted Submitted, MrzRead? MrzRead, DocumentCheckCompleted Completed, byte[]? Content, DocumentSighting? Sighting = null)
{
    public object[] Events => MrzRead is null ? [Submitted, Completed] : [Submitted, MrzRead, Completed];
}

/// <summary>
/// Runs a check on an accepted image and turns the reading into events. The HTTP endpoint and the bus consumer both
/// use it, so a check reads the same whichever way it arrived.
/// </summary>
public sealed class DocumentCheckRun(DocumentReader reader, TimeProvider clock)
{
    public CheckOutcome Run(CheckRequest request, byte[] content, IntakeResult intake)
    {
        ArgumentNullException.ThrowIfNull(intake.Gray);
        var now = clock.GetUtcNow();
        DocumentReading reading;
        try
        {
            reading = reader.Read(intake.Gray, HaitiCalendar.DayOf(now), request.ExpectedDocument);
        }
        catch (OpenCvSharp.OpenCVException)
        {
            // A picture OpenCV cannot work on (an odd size or layout that passed the header checks): the check
            // completes as unreadable rather than failing the request or the message.
            return Refused(request, DocumentFindings.ImageRejected, content, intake.Header?.MediaType, "processing");
        }
        var image = new StoredImage(Sha256Of(content), content.Length, intake.Header!.MediaType, intake.Gray.Width, intake.Gray.Height);
        var submitted = Submitted(request, image, now);
        MrzRead? read = reading.Mrz is { Format: { } format } mrz
            ? new MrzRead(request.CheckId, format, mrz.Lines, Math.Round(reading.OcrConfidence, 1))
            : null;
        var completed = new DocumentCheckCompleted(request.CheckId, reading.Verdict, reading.Findings, Rounded(reading.Timings), clock.GetUtcNow(),
            reading.MrzRegion, [.. ReadingEvidence.For(reading.Findings, reading.MrzRegion, reading.Quality, reading.Certainty, reader.CertainReading),
                .. reading.VisualEvidence ?? []]);
        return new CheckOutcome(submitted, read, completed, content);
    }

    /// <summary>A check that could not run on the image at all (bus path: missing file, wrong hash, not an image).</summary>
    public CheckOutcome Refused(CheckRequest request, string findingCode, byte[]? content, string? mediaType, string? detail = null)
    {
        var now = clock.GetUtcNow();
        var image = content is null ? null : new StoredImage(Sha256Of(content), content.Length, mediaType ?? "application/octet-stream", 0, 0);
        var completed = new DocumentCheckCompleted(
            request.CheckId, Verdict.Unreadable, [new MrzFinding(findingCode, MrzSeverity.Warning, Detail: detail)], new ReadingTimings(0, 0, 0, 0), now);
        return new CheckOutcome(Submitted(request, image, now), null, completed, content);
    }

    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static DocumentCheckSubmitted Submitted(CheckRequest request, StoredImage? image, DateTimeOffset now) =>
        new(request.CheckId, request.Post, request.SubmittedBy, request.Source, image, request.CrossingId, request.ExpectedDocument, now);

    private static ReadingTimings Rounded(ReadingTimings t) =>
        new(Math.Round(t.Locate, 1), Math.Round(t.Ocr, 1), Math.Round(t.Validate, 1), Math.Round(t.Total, 1));
}

/// <summary>Stores a check's events and image in one transaction.</summary>
public static class CheckStorage
{
    public enum Stored { New, AlreadyThere }

    /// <summary>
    /// Starts the check's stream and stores its image. When a stream with this id exists already (a retry, a
    /// redelivered command), nothing is written and <see cref="Stored.AlreadyThere"/> is returned.
    /// </summary>
    public static async Task<(Stored Result, DocumentCheck? Check)> StoreAsync(IDocumentSession session, CheckOutcome outcome, CancellationToken ct)
    {
        if (outcome.Content is not null && outcome.Submitted.Image is { } image)
        {
            session.QueueStore(image, outcome.Content);
        }
        if (outcome.Sighting is { } sighting)
        {
            session.Store(sighting);
        }
        var (started, check) = await session.StartOnceAsync<DocumentCheck>(outcome.Submitted.CheckId, null, outcome.Events, ct);
        return started ? (Stored.New, null) : (Stored.AlreadyThere, check);
    }
}
