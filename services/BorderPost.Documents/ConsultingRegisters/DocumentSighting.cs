using BorderPost.Documents.Register;

namespace BorderPost.Documents.ConsultingRegisters;

/// <summary>
/// A document read with every check digit right, at a post: what the service remembers to notice a number used by two
/// identities or one document at two posts at once. Id: the check's id, so a retried check stores it once.
/// <paramref name="DocumentKey"/> is the issuing state and number (<c>HTI:RD1234567</c>); the names are as the MRZ
/// writes them and the birth date is its six characters (YYMMDD).
/// </summary>
public sealed record DocumentSighting(
    Guid Id,
    string DocumentKey,
    string Post,
    DateTimeOffset SeenAt,
    string Surname,
    string GivenNames,
    string BirthDate)
{
    /// <summary>The sighting of a read document; Germany's <c>D</c> is looked up as <c>DEU</c>, as registers write it.</summary>
    public static DocumentSighting Of(Guid checkId, string post, DateTimeOffset seenAt, MrzFields fields) =>
        new(checkId, ReportedDocument.IdFor(fields.IssuingCountry == "D" ? "DEU" : fields.IssuingCountry, fields.DocumentNumber), post, seenAt,
            fields.Surname, fields.GivenNames, fields.BirthDate);
}
