using BorderPost.Documents.CheckingDocuments;
using BorderPost.Documents.Register;
using Microsoft.Extensions.Options;

namespace BorderPost.Documents.ConsultingRegisters;

/// <summary>
/// Consults what the Documents service keeps — the imported lost/stolen register and the documents it has seen — for a
/// check whose MRZ was read with every check digit right (not a specimen), adds what they say to the check's findings and verdict, and
/// adds the sighting to be stored with the check. A reading that is not certain consults nothing: its number may be
/// misread.
/// </summary>
public sealed class RegisterConsultation(IOptions<DocumentsOptions> options)
{
    /// <summary>Earlier sightings of one document compared with a new one (the most recent).</summary>
    public const int ComparedSightings = 50;

    public async Task<CheckOutcome> ConsultAsync(IQuerySession session, CheckOutcome outcome, CancellationToken ct)
    {
        if (outcome.MrzRead is null || outcome.Completed.Verdict == Verdict.Unreadable)
        {
            return outcome;
        }
        var seenAt = outcome.Submitted.SubmittedAt;
        var reading = MrzParser.Parse(outcome.MrzRead.Lines, HaitiCalendar.DayOf(seenAt));
        if (!RegisterFindings.Applies(reading) || reading.Fields is not { } fields)
        {
            return outcome;
        }
        var sighting = DocumentSighting.Of(outcome.Submitted.CheckId, outcome.Submitted.Post, seenAt, fields);
        var key = sighting.DocumentKey;
        var reported = await session.LoadAsync<ReportedDocument>(key, ct) is { Status: not ReportStatus.Recovered } entry ? entry : null;
        var earlier = await session.Query<DocumentSighting>()
            .Where(s => s.DocumentKey == key)
            .OrderByDescending(s => s.SeenAt)
            .Take(ComparedSightings)
            .ToListAsync(ct);
        var added = RegisterFindings.Consult(sighting, reported, earlier, TimeSpan.FromHours(options.Value.SeenElsewhereWithinHours));
        var findings = outcome.Completed.Findings.Concat(added).ToList();
        var evidence = (outcome.Completed.Evidence ?? []).Concat(added.Select(f => new FindingEvidence(f.Code, f.Severity, outcome.Completed.MrzRegion))).ToList();
        var completed = outcome.Completed with { Findings = findings, Verdict = VerdictRules.VerdictOf(findings), Evidence = evidence };
        return outcome with { Completed = completed, Sighting = sighting };
    }
}
