namespace BorderPost.Documents.Mrz;

/// <summary>The stable codes of <see cref="MrzFinding"/>.</summary>
public static class MrzFindingCodes
{
    public const string FormatUnknown = "mrz.format_unknown";
    public const string InvalidCharacter = "mrz.invalid_character";
    public const string CheckDigit = "mrz.check_digit";
    public const string InvalidDate = "mrz.invalid_date";
    public const string DateUnknown = "mrz.date_unknown";
    public const string BirthInFuture = "mrz.birth_in_future";
    public const string BirthAfterExpiry = "mrz.birth_after_expiry";
    public const string Expired = "mrz.expired";
    public const string UnknownCountry = "mrz.unknown_country";
    public const string InvalidSex = "mrz.invalid_sex";
    public const string InvalidDocumentType = "mrz.invalid_document_type";
    public const string NameFormat = "mrz.name_format";
    public const string Filler = "mrz.filler";
    public const string Specimen = "mrz.specimen";
    public const string NationalLayout = "mrz.national_layout";
}
