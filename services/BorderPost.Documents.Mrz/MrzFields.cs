namespace BorderPost.Documents.Mrz;

/// <summary>The data elements read from a machine-readable zone.</summary>
/// <param name="DocumentType">Document code with fillers trimmed, e.g. "P", "I", "ID", "V".</param>
/// <param name="IssuingCountry">Issuing state or organisation with fillers trimmed, e.g. "HTI" or "D".</param>
/// <param name="DocumentNumber">Full document number with fillers trimmed, including any long-number overflow.</param>
/// <param name="Surname">Primary identifier; fillers between name parts turned to spaces.</param>
/// <param name="GivenNames">Secondary identifier; fillers between name parts turned to spaces.</param>
/// <param name="Nationality">Nationality code with fillers trimmed.</param>
/// <param name="BirthDate">Date of birth as printed (YYMMDD).</param>
/// <param name="BirthDateValue">Date of birth with its century resolved; null when it is not a real date.</param>
/// <param name="Sex">"M", "F", "X" or "&lt;" (unspecified) as printed.</param>
/// <param name="ExpiryDate">Date of expiry as printed (YYMMDD).</param>
/// <param name="ExpiryDateValue">Date of expiry with its century resolved; null when it is not a real date.</param>
/// <param name="OptionalData">Optional data (TD3: personal number) with fillers trimmed.</param>
/// <param name="OptionalData2">TD1 optional data of line 2 with fillers trimmed; empty for other formats.</param>
public sealed record MrzFields(
    string DocumentType,
    string IssuingCountry,
    string DocumentNumber,
    string Surname,
    string GivenNames,
    string Nationality,
    string BirthDate,
    DateOnly? BirthDateValue,
    string Sex,
    string ExpiryDate,
    DateOnly? ExpiryDateValue,
    string OptionalData,
    string OptionalData2);
