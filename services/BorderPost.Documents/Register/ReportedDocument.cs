namespace BorderPost.Documents.Register;

/// <summary>
/// What a register line says. <see cref="Recovered"/> takes the document out of the register: a line that says so is
/// not kept, it deletes the entry when its import is committed.
/// </summary>
public enum ReportStatus { Lost, Stolen, Recovered }

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
