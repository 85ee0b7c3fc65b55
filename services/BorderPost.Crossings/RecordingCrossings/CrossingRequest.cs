using BorderPost.ServiceDefaults.Validation;

namespace BorderPost.Crossings.RecordingCrossings;

// The wire shape of a crossing as a client sends it. Every member is nullable so that a missing field becomes a
// validation message naming it, not a serializer failure; enum-like values stay strings for the same reason.

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
    string? Remarks);
