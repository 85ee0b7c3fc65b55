namespace BorderPost.Contracts.Documents;

/// <summary>
/// A command to the Documents service: check the document image at <paramref name="ImageReference"/>, a file name in
/// the image inbox shared with the sender (the image travels by reference, never inside the message).
/// <paramref name="ImageSha256"/> (lowercase hex) is verified before reading. <paramref name="CheckId"/> makes the
/// command idempotent: sending it twice checks once.
/// </summary>
public sealed record CheckDocument(
    Guid CheckId,
    string ImageReference,
    string ImageSha256,
    string Post,
    string RequestedBy,
    Guid? CrossingId = null,
    string? ExpectedDocumentType = null);
