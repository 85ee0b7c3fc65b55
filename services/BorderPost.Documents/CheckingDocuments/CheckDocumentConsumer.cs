using BorderPost.Contracts.Documents;
using BorderPost.Documents.ConsultingRegisters;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Documents.CheckingDocuments;

/// <summary>
/// Checks an image sent by reference (<see cref="CheckDocument"/>). Idempotent: a command whose check exists already
/// (redelivery, a sender's retry) changes nothing. An image that is missing, does not match its hash or is not a
/// usable picture still completes the check, as unreadable with the reason, so the sender always gets an answer.
/// </summary>
public sealed class CheckDocumentConsumer(
    IDocumentSession session, DocumentCheckRun run, RegisterConsultation registers, IOptions<DocumentsOptions> options)
    : IConsumer<CheckDocument>
{
    /// <summary>A check id, one of the official posts, and who asked.</summary>
    public static bool IsValid(CheckDocument command) =>
        command.CheckId != Guid.Empty && Posts.IsOfficial(command.Post) && !string.IsNullOrWhiteSpace(command.RequestedBy);

    public async Task Consume(ConsumeContext<CheckDocument> context)
    {
        var command = context.Message;
        if (!IsValid(command))
        {
            // Not retried (see the definition): it goes to the error queue for the sender's operators to see.
            throw new InvalidCommandException($"CheckDocument {command.CheckId} needs a check id, a post code and who asked");
        }
        var existing = await session.Events.FetchStreamStateAsync(command.CheckId, CancellationToken.None);
        if (existing is not null)
        {
            return;
        }
        var request = new CheckRequest(
            command.CheckId, command.Post, command.RequestedBy, "bus", command.CrossingId, ExpectedDocumentExtensions.Parse(command.ExpectedDocumentType));
        var outcome = await registers.ConsultAsync(session, await CheckAsync(command, request, context.CancellationToken), CancellationToken.None);
        // Stored even if the consumer is being stopped: the work is done, losing it would only redo it.
        await CheckStorage.StoreAsync(session, outcome, CancellationToken.None);
    }

    private static async Task<byte[]> ReadAtMostAsync(string path, long limit, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await file.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private async Task<CheckOutcome> CheckAsync(CheckDocument command, CheckRequest request, CancellationToken ct)
    {
        var path = ImageInbox.Resolve(options.Value.ImageInbox, command.ImageReference);
        if (path is null || !File.Exists(path))
        {
            return run.Refused(request, DocumentFindings.ImageMissing, null, null);
        }
        var content = await ReadAtMostAsync(path, ImageIntake.MaxBytes + 1, ct);
        if (content.Length > ImageIntake.MaxBytes)
        {
            return run.Refused(request, DocumentFindings.ImageRejected, null, null, nameof(ImageRejection.TooLarge));
        }
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

/// <summary>A command that cannot be checked at all (no id, no post): it is not retried.</summary>
public sealed class InvalidCommandException(string message) : Exception(message);

/// <summary>
/// Turns an image reference into a path inside the inbox, refusing anything that would leave it: "..", absolute
/// paths, and symbolic links anywhere on the way (a link could point at any file the service may read).
/// </summary>
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
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            return null;
        }
        var current = root.TrimEnd(Path.DirectorySeparatorChar);
        foreach (var part in path[root.Length..].Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (entry.Exists && entry.LinkTarget is not null)
            {
                return null;
            }
        }
        return path;
    }
}
