namespace BorderPost.HttpApi.Documents;

// A document check as the service answers it. The check itself is submitted as multipart/form-data (the picture, the
// check id, the crossing id and the expected document type): see the service's OpenAPI document.

/// <summary>The answer to a check. <see cref="Verdict"/> is one of <see cref="DocumentCheckValues.Verdicts"/>, null while pending.</summary>
public sealed record DocumentCheckView(
    Guid CheckId,
    string? Verdict,
    MrzView? Mrz,
    IReadOnlyList<FindingView> Findings,
    TimingsView? TimingsMs,
    double OcrConfidence,
    ImageView? Image,
    string Post,
    Guid? CrossingId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? CompletedAt,
    ReviewView? Review,
    BoxView? MrzRegion,
    IReadOnlyList<EvidenceView> Evidence);

/// <summary>A finding's message in each language the UI offers.</summary>
public sealed record FindingMessage(string Fr, string Ht, string En)
{
    public string In(string language) => language switch { "ht" => Ht, "en" => En, _ => Fr };
}

/// <summary>A finding: its code, its severity (<c>info</c>, <c>warning</c>, <c>critical</c>), the field it is about.</summary>
public sealed record FindingView(string Code, string Severity, string? Field, FindingMessage Message);

public sealed record MrzFieldsView(
    string DocumentType, string IssuingCountry, string DocumentNumber, string Surname, string GivenNames,
    string Nationality, string BirthDate, string Sex, string ExpiryDate, string OptionalData, string OptionalData2);

public sealed record MrzView(IReadOnlyList<string> Lines, string Format, MrzFieldsView? Fields);

/// <summary>A supervisor's review: <c>confirm</c> or <c>overturn</c>, why, by whom, when.</summary>
public sealed record ReviewView(string Decision, string Reason, string ReviewedBy, DateTimeOffset ReviewedAt);

public sealed record TimingsView(double Locate, double Ocr, double Validate, double Total);

public sealed record ImageView(string Sha256, long Size, string MediaType, int Width, int Height);

public sealed record BoxView(int X, int Y, int Width, int Height);

/// <summary>What a finding rests on: where in the picture, the measure and its threshold, and for a comparison both readings.</summary>
public sealed record EvidenceView(
    string Code, string Severity, BoxView? Region, double? Score, double? Threshold, string? Expected, string? Found);

/// <summary>A supervisor's review of a check: <c>confirm</c> or <c>overturn</c>, and why.</summary>
public sealed record ReviewRequest(string? Decision, string? Reason);

/// <summary>The values of a check's enum-like fields on the wire (the service's tests check them against its own).</summary>
public static class DocumentCheckValues
{
    public static readonly IReadOnlyList<string> Verdicts = ["clear", "suspicious", "fraudulent", "unreadable"];

    public const string Unreadable = "unreadable";

    public const string Confirm = "confirm";
    public const string Overturn = "overturn";

    public static readonly IReadOnlyList<string> ReviewDecisions = [Confirm, Overturn];

    /// <summary>
    /// Every finding code a check can raise (the Documents service's own constants; its tests hold the two lists
    /// together): headquarters counts checks under each, and the console names each.
    /// </summary>
    public static readonly IReadOnlyList<string> FindingCodes =
    [
        "document.number_reused",
        "document.seen_elsewhere",
        "document.type_mismatch",
        "image.blurry",
        "image.glare",
        "image.hash_mismatch",
        "image.missing",
        "image.mrz_not_found",
        "image.rejected",
        "image.too_small",
        "mrz.birth_after_expiry",
        "mrz.birth_in_future",
        "mrz.check_digit",
        "mrz.date_unknown",
        "mrz.expired",
        "mrz.filler",
        "mrz.format_unknown",
        "mrz.invalid_character",
        "mrz.invalid_date",
        "mrz.invalid_document_type",
        "mrz.invalid_sex",
        "mrz.name_format",
        "mrz.national_layout",
        "mrz.repaired",
        "mrz.specimen",
        "mrz.unknown_country",
        "mrz.unreliable_read",
        "photo.face_missing",
        "register.lost_or_stolen",
    ];
}
