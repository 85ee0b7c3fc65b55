using System.Globalization;
using BorderPost.HttpApi.Crossings;
using BorderPost.HttpApi.People;
using BorderPost.HttpApi.Protection;
using BorderPost.ServiceDefaults.Validation;

namespace BorderPost.Web.Pages.Post;

/// <summary>The crossing form as posted; ids are generated once when the form is first shown, so a resubmission is a safe retry.</summary>
public sealed class CrossingForm : PersonFields
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CheckId { get; set; } = Guid.NewGuid();
    public Guid? LastCheckId { get; set; }
    public string Direction { get; set; } = "entry";
    public string OccurredAt { get; set; } = LocalInput.Now();
    public string? CrossingPoint { get; set; }
    public string? DocumentType { get; set; }
    public string? DocumentNumber { get; set; }
    public string? IssuingCountry { get; set; }
    public string? ExpiryDate { get; set; }
    public string Mode { get; set; } = "foot";
    public string Purpose { get; set; } = "trade";
    public int AccompanyingMinors { get; set; }
    public string? Remarks { get; set; }

    // The minor-travel check, for a minor leaving Haiti: made before the crossing is recorded, under an id of its own.
    public Guid MinorCheckId { get; set; } = Guid.NewGuid();
    public string? MinorAccompaniedBy { get; set; }
    public string? MinorAuthorisationNumber { get; set; }
    public string? MinorOverrideReason { get; set; }

    // A traveller let through from a stopped group: the group, the person, and the child's check already made there.
    public Guid? InterceptionId { get; set; }
    public Guid? InterceptedPersonId { get; set; }
    public Guid? PriorMinorCheckId { get; set; }

    /// <summary>A minor (by date of birth or estimated age, today in Haiti) leaving Haiti: the check comes first.</summary>
    public bool NeedsMinorCheck(DateOnly today) =>
        Direction == "exit" && PriorMinorCheckId is null && LocalInput.Date(DateOfBirth) is var born && (born is not null || EstimatedAge is not null)
        && PersonRules.AgeOn(today, born, EstimatedAge) < 18;

    public MinorTravelCheckRequest ToMinorCheck(string post, string language) => new(
        MinorCheckId, post, null, null, Id,
        new PersonRequest(Surname, GivenNames ?? "", Sex, LocalInput.Date(DateOfBirth), EstimatedAge, Nationality),
        MinorAccompaniedBy, null,
        string.IsNullOrWhiteSpace(MinorAuthorisationNumber) ? null : new PresentedAuthorisationRequest(MinorAuthorisationNumber, null, null, null),
        CrossingPoint, language, string.IsNullOrWhiteSpace(MinorOverrideReason) ? null : MinorOverrideReason);

    public CrossingRequest ToRequest(string post) => new(
        Id: Id,
        PostCode: post,
        Direction: Direction,
        OccurredAt: LocalInput.ToUtc(OccurredAt),
        CrossingPoint: CrossingPoint,
        Traveller: new PersonRequest(Surname, GivenNames, Sex, LocalInput.Date(DateOfBirth), EstimatedAge, Nationality),
        Document: string.IsNullOrWhiteSpace(DocumentType) && string.IsNullOrWhiteSpace(DocumentNumber)
            ? null
            : new DocumentRequest(DocumentType, DocumentNumber, IssuingCountry, LocalInput.Date(ExpiryDate)),
        Mode: Mode,
        Purpose: Purpose,
        AccompanyingMinors: AccompanyingMinors,
        Remarks: Remarks ?? "",
        InterceptionId: InterceptionId,
        InterceptedPersonId: InterceptedPersonId);
}

/// <summary>Dates and times as the browser's inputs give them, in Haiti's time; the services take UTC.</summary>
public static class LocalInput
{
    public static string Now() =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, HaitiCalendar.Zone).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>A <c>datetime-local</c> value read as Haiti's time, as ISO 8601 UTC; the text itself when unreadable (the service names it).</summary>
    public static string? ToUtc(string? local)
    {
        if (!DateTime.TryParseExact(local, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return string.IsNullOrWhiteSpace(local) ? null : local;
        }
        if (value.Year is < 1900 or > 2200)
        {
            return local; // out of any sensible range: the service names the field
        }
        var offset = HaitiCalendar.Zone.GetUtcOffset(value);
        return new DateTimeOffset(value, offset).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
    }

    /// <summary>A <c>date</c> input's value; null when empty or unreadable.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>A date as a <c>date</c> input shows it.</summary>
    public static string? Input(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
