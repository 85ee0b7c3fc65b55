namespace BorderPost.Documents.Register;

/// <summary>
/// What a register line says. <see cref="Recovered"/> takes the document out of the register: the entry stays, as a
/// marker no check reports.
/// </summary>
public enum ReportStatus { Lost, Stolen, Recovered }

/// <summary>
/// A travel document reported lost or stolen, from an imported register extract. Id: <c>HTI:RD1234567</c> (issuing
/// country and number), so importing the same entry again updates it instead of doubling it. <see cref="ChangedAt"/>
/// is when headquarters committed it (null for entries stored before it was kept). A
/// <see cref="ReportStatus.Recovered"/> entry is kept as a marker, so that the recovery goes down to the post nodes with
/// the rest, and at a post an older line arriving late cannot bring the document back.
/// </summary>
public sealed record ReportedDocument(
    string Id,
    string IssuingCountry,
    string DocumentNumber,
    string? DocumentType,
    ReportStatus Status,
    DateOnly? ReportedOn,
    string Source,
    Guid ImportId,
    DateTimeOffset? ChangedAt = null)
{
    public static string IdFor(string issuingCountry, string documentNumber) => $"{issuingCountry}:{documentNumber}";
}
