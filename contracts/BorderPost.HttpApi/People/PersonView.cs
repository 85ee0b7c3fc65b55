namespace BorderPost.HttpApi.People;

/// <summary>A person as a service answers: sex M, F or X; a date of birth or an estimated age; names empty when unknown.</summary>
public sealed record PersonView(string Surname, string GivenNames, string Sex, DateOnly? DateOfBirth, int? EstimatedAge, string? Nationality);

/// <summary>A travel document as a service answers; <see cref="Type"/> is one of <see cref="DocumentTypes.All"/>.</summary>
public sealed record DocumentView(string Type, string Number, string IssuingCountry, DateOnly? ExpiryDate);

/// <summary>The document types on the wire, for crossings and arrests.</summary>
public static class DocumentTypes
{
    public const string Passport = "passport";
    public const string IdCard = "id_card";
    public const string Visa = "visa";

    public static readonly IReadOnlyList<string> All = [Passport, IdCard, Visa, "laissez_passer", "travel_document", "other"];
}
