namespace BorderPost.Crossings;

public enum Direction { Entry, Exit }

public enum TravelMode { Foot, Vehicle, Motorcycle, Boat }

public enum Purpose { Trade, Family, Work, Return, Transit, Other }

public enum DocumentType { Passport, IdCard, Visa, LaissezPasser, TravelDocument, Other }

/// <summary>The travel document the traveller showed, as the officer recorded it.</summary>
public sealed record TravelDocument(DocumentType Type, string Number, string IssuingCountry, DateOnly? ExpiryDate);

/// <summary>
/// The traveller as the officer recorded them: a date of birth, or an estimated age when none is known.
/// <see cref="Sex"/> is M, F or X as on travel documents.
/// </summary>
public sealed record Traveller(
    string Surname,
    string GivenNames,
    string Sex,
    DateOnly? DateOfBirth,
    int? EstimatedAge,
    string Nationality);

/// <summary>The traveller is <see cref="PersonId"/> of a group stopped at the post, let through (decision 0012).</summary>
public sealed record InterceptedAs(Guid InterceptionId, Guid PersonId);

/// <summary>Everything an officer states about one crossing, already validated.</summary>
public sealed record CrossingDetails(
    string PostCode,
    Direction Direction,
    DateTimeOffset OccurredAt,
    string CrossingPoint,
    Traveller Traveller,
    TravelDocument? Document,
    TravelMode Mode,
    Purpose Purpose,
    int AccompanyingMinors,
    string Remarks,
    InterceptedAs? Intercepted = null);
