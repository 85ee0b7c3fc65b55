using System.Globalization;
using BorderPost.Documents.Findings;
using static BorderPost.ServiceDefaults.Http.EnumText;

namespace BorderPost.Documents.ViewingChecks;

/// <summary>A check as the API answers it (<see cref="BorderPost.HttpApi.Documents"/>): enums as their wire names.</summary>
public static class DocumentCheckAnswers
{
    public static DocumentCheckView View(DocumentCheck check)
    {
        MrzView? mrz = null;
        if (check is { Format: { } format, MrzLines: { } lines })
        {
            // The fields are parsed again from the stored lines: one source of truth, the same parser.
            var parsed = MrzParser.Parse(lines, HaitiCalendar.DayOf(check.SubmittedAt));
            mrz = new MrzView(lines, FormatName(format), parsed.Fields is { } f ? Fields(f) : null);
        }
        return new DocumentCheckView(
            check.Id, check.Verdict is { } verdict ? ToWire(verdict) : null, mrz,
            [.. (check.Findings ?? []).Select(f => new FindingView(f.Code, ToWire(f.Severity), f.Field, Message(f)))],
            check.TimingsMs is { } t ? new TimingsView(t.Locate, t.Ocr, t.Validate, t.Total) : null, check.OcrConfidence,
            check.Image is { } i ? new ImageView(i.Sha256, i.Size, i.MediaType, i.Width, i.Height) : null,
            check.Post, check.CrossingId, check.SubmittedAt, check.CompletedAt,
            check.Review is { } r ? new ReviewView(ToWire(r.Decision), r.Reason, r.ReviewedBy, r.ReviewedAt) : null,
            Box(check.MrzRegion),
            [.. (check.Evidence ?? []).Select(e => new EvidenceView(e.Code, ToWire(e.Severity), Box(e.Region), e.Score, e.Threshold, e.Expected, e.Found))]);
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
        return new FindingMessage(text.In(Language.Fr), text.In(Language.Ht), text.In(Language.En));
    }

    private static MrzFieldsView Fields(MrzFields f) => new(
        f.DocumentType, f.IssuingCountry, f.DocumentNumber, f.Surname, f.GivenNames, f.Nationality,
        IsoOrRaw(f.BirthDateValue, f.BirthDate), f.Sex, IsoOrRaw(f.ExpiryDateValue, f.ExpiryDate), f.OptionalData, f.OptionalData2);

    private static BoxView? Box(PixelBox? box) => box is { } b ? new BoxView(b.X, b.Y, b.Width, b.Height) : null;

    private static string IsoOrRaw(DateOnly? value, string raw) =>
        value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? raw;
}
