using BorderPost.Contracts.Reference;
using System.Globalization;
using BorderPost.Documents.Findings;
using BorderPost.Documents.Mrz;
using BorderPost.Documents.Reading;
using BorderPost.Documents.ReviewingChecks;

namespace BorderPost.Documents.ViewingChecks;

/// <summary>A finding's message in each language the UI offers.</summary>
public sealed record FindingMessage(string Fr, string Ht, string En);

public sealed record FindingView(string Code, MrzSeverity Severity, string? Field, FindingMessage Message);

public sealed record MrzFieldsView(
    string DocumentType, string IssuingCountry, string DocumentNumber, string Surname, string GivenNames,
    string Nationality, string BirthDate, string Sex, string ExpiryDate, string OptionalData, string OptionalData2);

public sealed record ReviewView(ReviewDecision Decision, string Reason, string ReviewedBy, DateTimeOffset ReviewedAt);

public sealed record MrzView(IReadOnlyList<string> Lines, string Format, MrzFieldsView? Fields);

/// <summary>The answer to a check, as the API returns it.</summary>
public sealed record DocumentCheckView(
    Guid CheckId,
    Verdict? Verdict,
    MrzView? Mrz,
    IReadOnlyList<FindingView> Findings,
    ReadingTimings? TimingsMs,
    double OcrConfidence,
    StoredImage? Image,
    string Post,
    Guid? CrossingId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? CompletedAt,
    ReviewView? Review,
    PixelBox? MrzRegion,
    IReadOnlyList<FindingEvidence> Evidence)
{
    public static DocumentCheckView From(DocumentCheck check)
    {
        MrzView? mrz = null;
        if (check is { Format: { } format, MrzLines: { } lines })
        {
            // The fields are parsed again from the stored lines: one source of truth, the same parser.
            var parsed = MrzParser.Parse(lines, HaitiCalendar.DayOf(check.SubmittedAt));
            mrz = new MrzView(lines, FormatName(format), parsed.Fields is { } f ? Fields(f) : null);
        }
        return new DocumentCheckView(
            check.Id, check.Verdict, mrz,
            [.. (check.Findings ?? []).Select(f => new FindingView(f.Code, f.Severity, f.Field, Message(f)))],
            check.TimingsMs, check.OcrConfidence, check.Image, check.Post, check.CrossingId, check.SubmittedAt, check.CompletedAt,
            check.Review is { } r ? new ReviewView(r.Decision, r.Reason, r.ReviewedBy, r.ReviewedAt) : null,
            check.MrzRegion, check.Evidence ?? []);
    }

    public static string FormatName(MrzFormat format) => format switch
    {
        MrzFormat.Td1 => "TD1",
        MrzFormat.Td2 => "TD2",
        MrzFormat.Td3 => "TD3",
        MrzFormat.MrvA => "MRVA",
        MrzFormat.MrvB => "MRVB",
        _ => format.ToString().ToUpperInvariant(),
    };

    private static FindingMessage Message(MrzFinding finding)
    {
        var text = FindingTexts.For(finding);
        return new FindingMessage(text.Fr, text.Ht, text.En);
    }

    private static MrzFieldsView Fields(MrzFields f) => new(
        f.DocumentType, f.IssuingCountry, f.DocumentNumber, f.Surname, f.GivenNames, f.Nationality,
        IsoOrRaw(f.BirthDateValue, f.BirthDate), f.Sex, IsoOrRaw(f.ExpiryDateValue, f.ExpiryDate), f.OptionalData, f.OptionalData2);

    private static string IsoOrRaw(DateOnly? value, string raw) =>
        value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? raw;
}
