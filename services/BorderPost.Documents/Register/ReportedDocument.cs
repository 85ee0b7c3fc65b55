namespace BorderPost.Documents.Register;

public enum ReportStatus { Lost, Stolen }

/// <summary>
/// A travel document reported lost or stolen, from an imported register extract. Id: <c>HTI:RD1234567</c> (issuing
/// country and number), so importing the same entry again updates it instead of doubling it.
/// </summary>
public sealed record ReportedDocument(
    string Id,
    string IssuingCountry,
    string DocumentNumber,
    string? DocumentType,
    ReportStatus Status,
    DateOnly? ReportedOn,
    string Source,
    Guid ImportId)
{
    public static string IdFor(string issuingCountry, string documentNumber) => $"{issuingCountry}:{documentNumber}";
}
