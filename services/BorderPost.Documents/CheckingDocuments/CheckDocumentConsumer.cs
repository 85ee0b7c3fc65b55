using BorderPost.Contracts.Documents;
using BorderPost.Documents.Reading;
using Marten;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Documents.CheckingDocuments;

/// <summary>
/// Checks an image sent by reference (<see cref="CheckDocument"/>). Idempotent: a command whose check exists already
/// (redelivery, a sender's retry) changes nothing. An image that is missing, does not match its hash or is not a
/// usable picture still completes the check, as unreadable with the reason, so the sender always gets an answer.
/// </summary>
public sealed class CheckDocumentConsumer(IDocumentSession session, DocumentCheckRun run, IOptions<DocumentsOptions> options)
    : IConsumer<CheckDocument>
{
    public async Task Consume(ConsumeContext<CheckDocument> context)
    {
        var command = context.Message;
        var existing = await session.Events.FetchStreamStateAsync(command.CheckId, CancellationToken.None);
        if (existing is not null)
        {
            return;
        }
        var request = new CheckRequest(
            command.CheckId, command.Post, command.RequestedBy, "bus", command.CrossingId, ExpectedDocumentExtensions.Parse(command.ExpectedDocumentType));
        var outcome = await CheckAsync(command, request, context.CancellationToken);
        // Stored even if the consumer is being stopped: the work is done, losing it would only redo it.
        await CheckStorage.StoreAsync(session, outcome, CancellationToken.None);
    }

    private async Task<CheckOutcome> CheckAsync(CheckDocument command, CheckRequest request, CancellationToken ct)
    {
        var path = ImageInbox.Resolve(options.Value.ImageInbox, command.ImageReference);
        if (path is null || !File.Exists(path))
        {
            return run.Refused(request, DocumentFindings.ImageMissing, null, null);
        }
        if (new FileInfo(path).Length > ImageIntake.MaxBytes)
        {
            return run.Refused(request, DocumentFindings.ImageRejected, null, null, nameof(ImageRejection.TooLarge));
        }
        var content = await File.ReadAllBytesAsync(path, ct);
        if (!string.Equals(DocumentCheckRun.Sha256Of(content), command.ImageSha256?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return run.Refused(request, DocumentFindings.ImageHashMismatch, null, null);
        }
        var intake = ImageIntake.Accept(content);
        using var gray = intake.Gray;
        return intake.Rejection is { } rejection
            ? run.Refused(request, DocumentFindings.ImageRejected, content, intake.Header?.MediaType, rejection.ToString())
            : run.Run(request, content, intake);
    }
}

/// <summary>Turns an image reference into a path inside the inbox, refusing anything that would leave it.</summary>
public static class ImageInbox
{
    public static string? Resolve(string inbox, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }
        var root = Path.GetFullPath(inbox).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, reference));
        return path.StartsWith(root, StringComparison.Ordinal) ? path : null;
    }
}
