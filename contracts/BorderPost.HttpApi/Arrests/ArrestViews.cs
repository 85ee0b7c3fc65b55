using BorderPost.HttpApi.People;

namespace BorderPost.HttpApi.Arrests;

/// <summary>An arrest: the request's fields plus custody and who recorded it. Times are UTC.</summary>
public sealed record ArrestView(
    Guid Id,
    string PostCode,
    DateTime OccurredAt,
    PlaceView Place,
    SuspectView Suspect,
    IReadOnlyList<string> Offences,
    string Circumstances,
    Guid? CrossingId,
    Guid? DocumentCheckId,
    IReadOnlyList<SeizedItemView> SeizedItems,
    IReadOnlyList<string> Officers,
    IReadOnlyList<PersonToReferView> PersonsToRefer,
    DateOnly Day,
    string Custody,
    TransferView? Transfer,
    ReleaseView? Release,
    int Corrections,
    string RecordedBy,
    DateTime RecordedAt,
    Guid? InterceptionId = null,
    Guid? InterceptedPersonId = null);

public sealed record PlaceView(string CrossingPoint, string Description);

public sealed record SuspectView(
    string Surname, string GivenNames, string Sex, DateOnly? DateOfBirth, int? EstimatedAge, string? Nationality,
    DocumentView? Document, string IdentifyingMarks);

public sealed record SeizedItemView(string Kind, string Description, int Quantity);

public sealed record PersonToReferView(Guid ReferralId, string Kind, string Agency);

public sealed record TransferView(string To, string ReceivedBy, DateTime TransferredAt, string RecordedBy);

public sealed record ReleaseView(string Reason, DateTime ReleasedAt, string RecordedBy);

/// <summary>A post's arrests on one Haitian day, newest first.</summary>
public sealed record ArrestPage(string Post, DateOnly Day, int PageNumber, int PageSize, long Total, IReadOnlyList<ArrestView> Items);

/// <summary>The values of an arrest's enum-like fields on the wire (the service's tests check them against its own).</summary>
public static class ArrestValues
{
    public static readonly IReadOnlyList<string> Offences = ["migrant_smuggling", "human_trafficking", "document_fraud", "contraband", "other"];

    public static readonly IReadOnlyList<string> SeizedItemKinds = ["cash", "vehicle", "documents", "goods", "weapon", "drugs", "other"];

    public const string OtherItem = "other";

    /// <summary>Who a suspect is handed to (<c>POST /api/arrests/{id}/transfer</c>, <c>to</c>).</summary>
    public static readonly IReadOnlyList<string> TransferRecipients = ["judicial_police", "prosecutor"];

    /// <summary>Where the suspect is: <c>held</c> at the post, <c>transferred</c>, <c>released</c>.</summary>
    public static readonly IReadOnlyList<string> Custody = ["held", "transferred", "released"];
}

/// <summary>
/// Where a referral made at the post stands: <see cref="Status"/> is <c>awaiting</c> (acknowledgement), <c>overdue</c>,
/// <c>acknowledged</c> or <c>closed</c> (with <see cref="Outcome"/>). At a post node it is the post's own copy, as of
/// <see cref="HeardAt"/>, the last time news of it came over the link. Never the person.
/// </summary>
public sealed record ReferralProgressView(
    Guid ReferralId, Guid? ArrestId, string Kind, string Agency, string Status, DateTimeOffset? ReferredAt,
    DateTimeOffset? AcknowledgeBy, DateTimeOffset? AcknowledgedAt, bool? AcknowledgedInTime, DateTimeOffset? ClosedAt,
    string? Outcome, DateTimeOffset? HeardAt);
