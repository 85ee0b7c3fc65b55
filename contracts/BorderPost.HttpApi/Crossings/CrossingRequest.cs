using BorderPost.HttpApi.People;

namespace BorderPost.HttpApi.Crossings;

// A crossing as a client sends it. Every member is nullable so that a missing field becomes a validation message naming
// it, not a serializer failure; enum-like values stay strings (see CrossingValues) for the same reason.

public sealed record CrossingRequest(
    Guid? Id,
    string? PostCode,
    string? Direction,
    string? OccurredAt,
    string? CrossingPoint,
    PersonRequest? Traveller,
    DocumentRequest? Document,
    string? Mode,
    string? Purpose,
    int? AccompanyingMinors,
    string? Remarks,
    Guid? InterceptionId = null,
    Guid? InterceptedPersonId = null);

/// <summary>The admin registers an unofficial point: <c>code</c> is 2 to 10 letters or digits; its id is <c>{post}-{code}</c>.</summary>
public sealed record CrossingPointRequest(string? PostCode, string? Code, string? Name);

/// <summary>A correction of a recorded crossing: the whole crossing as it should read, and why.</summary>
public sealed record CrossingCorrectionRequest(CrossingRequest? Crossing, string? Reason);

/// <summary>Voiding a crossing recorded by mistake, and why.</summary>
public sealed record VoidCrossingRequest(string? Reason);
