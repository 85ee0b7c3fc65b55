using System.Globalization;
using BorderPost.Documents.Register;

namespace BorderPost.Documents.ConsultingRegisters;

/// <summary>
/// What the registers say about a document read with its check digits right. Pure, so every rule has a unit test:
/// a lost or stolen entry is critical; the same number seen earlier with another identity is critical; the same
/// document at another post within <c>seenElsewhereWithin</c> is a warning.
/// </summary>
public static class RegisterFindings
{
    public const string LostOrStolen = "register.lost_or_stolen";
    public const string NumberReused = "document.number_reused";
    public const string SeenElsewhere = "document.seen_elsewhere";

    /// <summary>
    /// Whether a reading is consulted (and remembered) at all: every check digit right, a document number, and not a
    /// specimen — specimens of one state share numbers across holders, and are not travel documents anyway.
    /// </summary>
    public static bool Applies(MrzReading reading) =>
        reading is { CheckDigitsValid: true, Fields.DocumentNumber.Length: > 0 } && reading.Findings.All(f => f.Code != MrzFindingCodes.Specimen);

    public static IReadOnlyList<MrzFinding> Consult(
        DocumentSighting current, ReportedDocument? reported, IEnumerable<DocumentSighting> earlier, TimeSpan seenElsewhereWithin)
    {
        var findings = new List<MrzFinding>();
        if (reported is not null)
        {
            var on = reported.ReportedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
            findings.Add(new MrzFinding(LostOrStolen, MrzSeverity.Critical, MrzFieldNames.DocumentNumber,
                $"{reported.Status.ToString().ToLowerInvariant()}, {on}, {reported.Source}"));
        }
        var before = earlier.Where(e => e.DocumentKey == current.DocumentKey && e.Id != current.Id && e.SeenAt <= current.SeenAt).OrderByDescending(e => e.SeenAt).ToList();
        if (before.FirstOrDefault(e => !SameIdentity(e, current)) is { } other)
        {
            // Where and when only: the other identity is not shown to this post.
            findings.Add(new MrzFinding(NumberReused, MrzSeverity.Critical, MrzFieldNames.DocumentNumber, $"{Day(other)}, {other.Post}"));
        }
        if (before.FirstOrDefault(e => e.Post != current.Post && current.SeenAt - e.SeenAt <= seenElsewhereWithin && SameIdentity(e, current)) is { } elsewhere)
        {
            var hours = Math.Max(0, (int)Math.Round((current.SeenAt - elsewhere.SeenAt).TotalHours));
            findings.Add(new MrzFinding(SeenElsewhere, MrzSeverity.Warning, MrzFieldNames.DocumentNumber,
                string.Create(CultureInfo.InvariantCulture, $"{elsewhere.Post}, {hours} h")));
        }
        return findings;
    }

    /// <summary>
    /// The same person as far as a reading can tell: the birth date (covered by a check digit) is the same, and the names
    /// differ by no more than a misread or two (no check digit covers them).
    /// </summary>
    public static bool SameIdentity(DocumentSighting a, DocumentSighting b)
    {
        if (a.BirthDate != b.BirthDate)
        {
            return false;
        }
        var (x, y) = (Letters(a), Letters(b));
        return EditDistance.Between(x, y) <= Math.Max(2, Math.Max(x.Length, y.Length) / 5);
    }

    private static string Letters(DocumentSighting s) => new([.. (s.Surname + s.GivenNames).Where(char.IsAsciiLetter)]);

    private static string Day(DocumentSighting s) => s.SeenAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
