namespace BorderPost.Documents.Mrz;

/// <summary>The field names used in <see cref="MrzFinding.Field"/>; they match the JSON property names.</summary>
public static class MrzFieldNames
{
    public const string DocumentType = "documentType";
    public const string IssuingCountry = "issuingCountry";
    public const string DocumentNumber = "documentNumber";
    public const string Surname = "surname";
    public const string GivenNames = "givenNames";
    public const string Nationality = "nationality";
    public const string BirthDate = "birthDate";
    public const string Sex = "sex";
    public const string ExpiryDate = "expiryDate";
    public const string OptionalData = "optionalData";
    public const string OptionalData2 = "optionalData2";
    public const string Composite = "composite";

    /// <summary>The name field as a whole (surname and given names).</summary>
    internal const string Name = "name";
}
