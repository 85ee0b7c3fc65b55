using BorderPost.HttpApi.People;

namespace BorderPost.HttpApi.Protection;

// A referral as an officer's client sends it. Every member is nullable so that a missing field becomes a validation
// message naming it; enum-like values stay strings for the same reason. A victim referral carries `victim`, a minor's
// carries `minor`.

public sealed record ReferralRequest(
    Guid? Id,
    string? Kind,
    string? PostCode,
    Guid? ArrestId,
    Guid? CrossingId,
    string? Agency,
    PersonRequest? Person,
    string? AgeBand,
    bool? IdentityEstimated,
    string? Language,
    IReadOnlyList<string?>? Needs,
    string? Remarks,
    VictimRequest? Victim,
    MinorRequest? Minor);

public sealed record VictimRequest(IReadOnlyList<string?>? Indicators, bool? ConsentToReferral);

public sealed record MinorRequest(FoundAtRequest? FoundAt, AdultRequest? AccompanyingAdult, FamilyRequest? Family);

public sealed record FoundAtRequest(string? Place, string? How, string? Description);

public sealed record AdultRequest(string? Name, string? Relationship, bool? Arrested, Guid? ArrestId);

public sealed record FamilyRequest(string? Name, string? Relationship, string? Phone, string? Address);
