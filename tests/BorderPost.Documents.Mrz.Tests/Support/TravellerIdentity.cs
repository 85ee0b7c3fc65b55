namespace BorderPost.Documents.Mrz.Tests.Support;

/// <summary>
/// The data a test MRZ is composed from; names use spaces between parts. The date texts, when given,
/// are written instead of the dates so that impossible dates can be composed.
/// </summary>
internal sealed record TravellerIdentity(
    string DocumentType,
    string IssuingCountry,
    string DocumentNumber,
    string Surname,
    string GivenNames,
    string Nationality,
    DateOnly Birth,
    char Sex,
    DateOnly Expiry,
    string OptionalData = "",
    string OptionalData2 = "",
    string? BirthDateText = null,
    string? ExpiryDateText = null);
