using BorderPost.HttpApi.People;

namespace BorderPost.HttpApi.Arrests;

// An arrest as a client sends it. Every member is nullable so that a missing field becomes a validation message naming
// it, not a serializer failure; enum-like values stay strings (see ArrestValues) for the same reason.

public sealed record ArrestRequest(
    Guid? Id,
    string? PostCode,
    string? OccurredAt,
    PlaceRequest? Place,
    SuspectRequest? Suspect,
    IReadOnlyList<string?>? Offences,
    string? Circumstances,
    Guid? CrossingId,
    Guid? DocumentCheckId,
    IReadOnlyList<SeizedItemRequest?>? SeizedItems,
    IReadOnlyList<string?>? Officers,
    IReadOnlyList<PersonToReferRequest?>? PersonsToRefer,
    Guid? InterceptionId = null,
    Guid? InterceptedPersonId = null);

public sealed record PlaceRequest(string? CrossingPoint, string? Description);

public sealed record SuspectRequest(
    string? Surname,
    string? GivenNames,
    string? Sex,
    DateOnly? DateOfBirth,
    int? EstimatedAge,
    string? Nationality,
    DocumentRequest? Document,
    string? IdentifyingMarks)
{
    public PersonRequest Person => new(Surname, GivenNames, Sex, DateOfBirth, EstimatedAge, Nationality);
}

public sealed record SeizedItemRequest(string? Kind, string? Description, int? Quantity);

/// <summary>A person found with the suspect: the referral id under which the client sends their details to Protection.</summary>
public sealed record PersonToReferRequest(Guid? ReferralId, string? Kind, string? Agency);

/// <summary>A correction of a recorded arrest: the whole arrest as it should read, and why.</summary>
public sealed record ArrestCorrectionRequest(ArrestRequest? Arrest, string? Reason);

/// <summary>The suspect handed to the judicial police or the prosecutor (<c>to</c>), by whom received, when (ISO 8601).</summary>
public sealed record TransferRequest(string? To, string? ReceivedBy, string? TransferredAt);

/// <summary>The suspect released, why and when (ISO 8601).</summary>
public sealed record ReleaseRequest(string? Reason, string? ReleasedAt);
