namespace BorderPost.Protection;

public enum ReferralKind { Minor, Victim }

public enum Need { Medical, Shelter, Interpreter, Food, Clothing, Psychosocial, Legal }

/// <summary>The common IOM/UNODC indicators of trafficking, as a checklist.</summary>
public enum TraffickingIndicator
{
    NoControlOfOwnDocuments,
    DebtBondage,
    DeceivedAboutWork,
    RestrictedMovement,
    SignsOfAbuse,
    UnderSomeoneElsesControl,
    NoOrLittlePay,
    ExcessiveWorkingHours,
    FearOrAnxiety,
    ThreatsAgainstFamily,
    IsolatedOrDoesNotSpeakLocalLanguage,
    ScriptedOrInconsistentStory,
}

public enum FoundHow { Alone, WithUnrelatedAdult, WithSuspectedSmuggler, WithRelativeNotGuardian, Abandoned, Other }

/// <summary>
/// What is known of a referred person. Names may be unknown (empty) and the age estimated; <see cref="AgeBand"/>
/// (<c>0-5</c>, <c>6-11</c>, <c>12-14</c>, <c>15-17</c>) stands in for a child's age when nothing better is known.
/// </summary>
public sealed record ReferralDetails(
    ReferredPerson Person,
    string? AgeBand,
    bool IdentityEstimated,
    string Language,
    IReadOnlyList<Need> Needs,
    string Remarks,
    Guid? CrossingId,
    VictimDetails? Victim,
    MinorDetails? Minor);

/// <summary>
/// Who is referred: names empty when unknown, a date of birth or an estimated age (or neither for a child known only by
/// an age band), sex M, F or X, nationality when known.
/// </summary>
public sealed record ReferredPerson(string Surname, string GivenNames, string Sex, DateOnly? DateOfBirth, int? EstimatedAge, string? Nationality);

public sealed record VictimDetails(IReadOnlyList<TraffickingIndicator> Indicators, bool ConsentToReferral);

public sealed record MinorDetails(FoundAt FoundAt, AccompanyingAdult? AccompanyingAdult, FamilyContact? Family);

public sealed record FoundAt(string Place, FoundHow How, string Description);

public sealed record AccompanyingAdult(string Name, string Relationship, bool Arrested, Guid? ArrestId);

public sealed record FamilyContact(string Name, string Relationship, string Phone, string Address);
