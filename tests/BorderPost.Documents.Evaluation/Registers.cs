using BorderPost.Documents.ConsultingRegisters;
using BorderPost.Documents.Reading;
using BorderPost.Documents.Register;

namespace BorderPost.Documents.Evaluation;

/// <summary>
/// The service's register consultation, in memory: a lost/stolen register read from a CSV file with the service's own
/// parser, and the sightings of the documents read so far (one post, a minute apart).
/// </summary>
internal sealed class Registers(string registerFile, DateOnly checkDate)
{
    private readonly Dictionary<string, ReportedDocument> _reported = File.Exists(registerFile)
        ? RegisterCsv.Parse(File.ReadAllText(registerFile), Guid.Empty, checkDate, "register.csv").Entries.ToDictionary(e => e.Id)
        : [];

    private readonly List<DocumentSighting> _seen = [];

    /// <summary>The verdict once the registers are consulted, exactly as the service combines their findings.</summary>
    public Verdict Consult(DocumentReading reading)
    {
        if (reading.Verdict == Verdict.Unreadable || reading.Mrz is not { Fields: { } fields } mrz || !RegisterFindings.Applies(mrz))
        {
            return reading.Verdict;
        }
        var seenAt = new DateTimeOffset(checkDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(_seen.Count);
        var sighting = DocumentSighting.Of(Guid.NewGuid(), "OUA", seenAt, fields);
        var added = RegisterFindings.Consult(sighting, _reported.GetValueOrDefault(sighting.DocumentKey), _seen, TimeSpan.FromHours(12));
        _seen.Add(sighting);
        return VerdictRules.VerdictOf(reading.Findings.Concat(added));
    }
}
