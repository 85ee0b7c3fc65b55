using BorderPost.HttpApi.People;

namespace BorderPost.HttpApi.Protection;

/// <summary>
/// A referral as inboxes list it: what a protection officer needs to triage (kind, sex, age band, post, status, deadline),
/// never a name, a contact or an indicator. <see cref="Overdue"/> is null for roles that do not see alarms.
/// </summary>
public sealed record ReferralSummary(
    Guid Id,
    string Kind,
    string Status,
    string PostCode,
    string Agency,
    string? Sex,
    string? AgeBand,
    bool DetailsPending,
    Guid? ArrestId,
    DateTime ReferredAt,
    DateTime AcknowledgeBy,
    bool? Overdue,
    bool OverdueAlarmRaised);

/// <summary>A page of an inbox, oldest first.</summary>
public sealed record ReferralPage(int PageNumber, int PageSize, long Total, IReadOnlyList<ReferralSummary> Items);

/// <summary>A referral's details and history, for those who may see them; each read is recorded.</summary>
public sealed record ReferralView(
    ReferralSummary Summary,
    ReferralDetailsView? Details,
    AcknowledgementView? Acknowledgement,
    HandoverView? Handover,
    ClosureView? Closure,
    IReadOnlyList<StepView> History);

/// <summary>What is known of the referred person; <see cref="Needs"/> are among <see cref="ReferralValues.Needs"/>.</summary>
public sealed record ReferralDetailsView(
    PersonView Person,
    string? AgeBand,
    bool IdentityEstimated,
    string Language,
    IReadOnlyList<string> Needs,
    string Remarks,
    Guid? CrossingId,
    VictimView? Victim,
    MinorView? Minor);

public sealed record VictimView(IReadOnlyList<string> Indicators, bool ConsentToReferral);

public sealed record MinorView(FoundAtView FoundAt, AccompanyingAdultView? AccompanyingAdult, FamilyContactView? Family);

public sealed record FoundAtView(string Place, string How, string Description);

public sealed record AccompanyingAdultView(string Name, string Relationship, bool Arrested, Guid? ArrestId);

public sealed record FamilyContactView(string Name, string Relationship, string Phone, string Address);

public sealed record AcknowledgementView(string Agency, string By, DateTime At, bool InTime);

public sealed record HandoverView(string Place, DateTime HandedOverAt, string ReceivingPerson, string RecordedBy);

public sealed record ClosureView(string Outcome, string Note, string By, DateTime At);

public sealed record StepView(string Step, string By, DateTime At, string? Note);

/// <summary>One read of a referral's details, as the admin lists it (no names of the referred person).</summary>
public sealed record AccessRecordView(
    Guid Id, Guid ReferralId, string User, string Role, string? Post, string? Agency, string Purpose, DateTimeOffset ReadAt, string? Address);

public sealed record AccessLogPage(int PageNumber, int PageSize, long Total, IReadOnlyList<AccessRecordView> Items);
