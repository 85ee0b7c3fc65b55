using BorderPost.Documents.ConsultingRegisters;
using BorderPost.Documents.Reading.Photo;
using BorderPost.Documents.Reading.VisualZone;

namespace BorderPost.Documents.Findings;

/// <summary>What each finding tells the officer, in French first, then Haitian Creole and English.</summary>
public static class FindingTexts
{
    public static LocalizedText For(MrzFinding finding) => finding.Code switch
    {
        MrzFindingCodes.CheckDigit => Texts.Get("FindingTexts.CheckDigit", Field(finding.Field)),
        MrzFindingCodes.InvalidDate => Texts.Get("FindingTexts.InvalidDate", DateOf(finding.Field)),
        MrzFindingCodes.BirthInFuture => Texts.Get("FindingTexts.BirthInFuture"),
        MrzFindingCodes.BirthAfterExpiry => Texts.Get("FindingTexts.BirthAfterExpiry"),
        MrzFindingCodes.Expired => Texts.Get("FindingTexts.Expired"),
        MrzFindingCodes.Specimen => Texts.Get("FindingTexts.Specimen", finding.Detail),
        MrzFindingCodes.NationalLayout => Texts.Get("FindingTexts.NationalLayout", finding.Detail),
        MrzFindingCodes.DateUnknown => Texts.Get("FindingTexts.DateUnknown", DateOf(finding.Field)),
        MrzFindingCodes.UnknownCountry => Texts.Get("FindingTexts.UnknownCountry", Field(finding.Field), finding.Detail),
        MrzFindingCodes.InvalidSex => Texts.Get("FindingTexts.InvalidSex"),
        MrzFindingCodes.InvalidDocumentType => Texts.Get("FindingTexts.InvalidDocumentType"),
        MrzFindingCodes.NameFormat => Texts.Get("FindingTexts.NameFormat"),
        MrzFindingCodes.Filler => Texts.Get("FindingTexts.Filler"),
        MrzFindingCodes.InvalidCharacter => Texts.Get("FindingTexts.InvalidCharacter"),
        MrzFindingCodes.FormatUnknown => Texts.Get("FindingTexts.FormatUnknown"),
        DocumentFindings.Repaired => Texts.Get("FindingTexts.Repaired", finding.Detail),
        DocumentFindings.TypeMismatch => Texts.Get("FindingTexts.TypeMismatch", finding.Detail),
        DocumentFindings.MrzNotFound => Texts.Get("FindingTexts.MrzNotFound"),
        DocumentFindings.UnreliableRead => Texts.Get("FindingTexts.UnreliableRead"),
        DocumentFindings.Blurry => Texts.Get("FindingTexts.Blurry"),
        DocumentFindings.Glare => Texts.Get("FindingTexts.Glare"),
        DocumentFindings.TooSmall => Texts.Get("FindingTexts.TooSmall"),
        PrintedFieldCheck.Mismatch => Texts.Get("FindingTexts.Mismatch", Field(finding.Field), finding.Detail),
        PhotoCheck.FaceMissing => Texts.Get("FindingTexts.FaceMissing"),
        RegisterFindings.LostOrStolen => Texts.Get("FindingTexts.LostOrStolen", finding.Detail),
        RegisterFindings.NumberReused => Texts.Get("FindingTexts.NumberReused", finding.Detail),
        RegisterFindings.SeenElsewhere => Texts.Get("FindingTexts.SeenElsewhere", finding.Detail),
        DocumentFindings.ImageMissing => Texts.Get("FindingTexts.ImageMissing"),
        DocumentFindings.ImageHashMismatch => Texts.Get("FindingTexts.ImageHashMismatch"),
        DocumentFindings.ImageRejected => Texts.Get("FindingTexts.ImageRejected", finding.Detail),
        _ => LocalizedText.Verbatim(finding.Code),
    };

    /// <summary>The named MRZ field as the sentences above use it (e.g. « du numéro du document »).</summary>
    public static LocalizedText Field(string? field) =>
        field is not null && FieldsNamed.Contains(field) ? Texts.Get("FindingTexts.Field." + field) : LocalizedText.Verbatim(field ?? "");

    /// <summary>A date field, as the subject of a sentence.</summary>
    public static LocalizedText DateOf(string? field) =>
        Texts.Get(field == MrzFieldNames.ExpiryDate ? "FindingTexts.Date.expiryDate" : "FindingTexts.Date.birthDate");

    /// <summary>The fields that have a name in the resources (other fields show as their code).</summary>
    public static readonly IReadOnlySet<string> FieldsNamed = new HashSet<string>(StringComparer.Ordinal)
    {
        MrzFieldNames.DocumentNumber, MrzFieldNames.BirthDate, MrzFieldNames.ExpiryDate, MrzFieldNames.OptionalData, MrzFieldNames.Composite,
        MrzFieldNames.IssuingCountry, MrzFieldNames.Nationality, MrzFieldNames.Surname, MrzFieldNames.GivenNames,
    };

}
