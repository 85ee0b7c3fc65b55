namespace BorderPost.HttpApi.People;

// A person and a travel document as a client sends them. Every member is nullable so that a missing one becomes a
// message naming it, not a serializer failure; enum-like values stay strings for the same reason.

public sealed record PersonRequest(
    string? Surname,
    string? GivenNames,
    string? Sex,
    DateOnly? DateOfBirth,
    int? EstimatedAge,
    string? Nationality);

/// <summary>A travel document as a client sends it; <see cref="Type"/> is one of <see cref="DocumentTypes.All"/>.</summary>
public sealed record DocumentRequest(string? Type, string? Number, string? IssuingCountry, DateOnly? ExpiryDate);
