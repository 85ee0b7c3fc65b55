using BorderPost.HttpApi.People;
using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Post;

/// <summary>
/// One person to refer, as a row of the arrest form or the referral form: a child (minor) or a suspected adult victim.
/// The referral id is generated when the form is first shown, so a resubmission is a safe retry.
/// </summary>
public sealed class PersonRow
{
    public Guid ReferralId { get; set; } = Guid.NewGuid();
    public string Kind { get; set; } = ReferralValues.Minor;
    public string? Surname { get; set; }
    public string? GivenNames { get; set; }
    public string? Sex { get; set; }
    public int? EstimatedAge { get; set; }
    public string? AgeBand { get; set; }
    public string? Language { get; set; } = "ht";
    public List<string> Needs { get; set; } = [];
    public string FoundHow { get; set; } = ReferralValues.FoundHow[0];
    public string? FoundPlace { get; set; }
    public string? FamilyName { get; set; }
    public string? FamilyRelationship { get; set; }
    public string? FamilyPhone { get; set; }
    public List<string> Indicators { get; set; } = [];
    public bool Consent { get; set; }

    /// <summary>Set once Protection has this referral: a resubmission does not send it again.</summary>
    public bool Sent { get; set; }

    /// <summary>A row the officer left empty is not a person.</summary>
    public bool IsFilled => !string.IsNullOrWhiteSpace(Surname) || !string.IsNullOrWhiteSpace(GivenNames)
        || !string.IsNullOrWhiteSpace(Sex) || EstimatedAge is not null || !string.IsNullOrWhiteSpace(AgeBand);

    public ReferralRequest ToRequest(string post, Guid? arrestId, string? suspectName, string? place)
    {
        var hasFamily = !string.IsNullOrWhiteSpace(FamilyName) || !string.IsNullOrWhiteSpace(FamilyPhone);
        return new ReferralRequest(
            Id: ReferralId,
            Kind: Kind,
            PostCode: post,
            ArrestId: arrestId,
            CrossingId: null,
            Agency: null,
            Person: new PersonRequest(Surname, GivenNames, Sex, DateOfBirth: null, EstimatedAge, Nationality: null),
            AgeBand: string.IsNullOrWhiteSpace(AgeBand) ? null : AgeBand,
            IdentityEstimated: string.IsNullOrWhiteSpace(Surname),
            Language: Language,
            Needs: Needs,
            Remarks: "",
            Victim: Kind == ReferralValues.Victim ? new VictimRequest(Indicators, Consent) : null,
            Minor: Kind == ReferralValues.Minor
                ? new MinorRequest(
                    new FoundAtRequest(string.IsNullOrWhiteSpace(FoundPlace) ? place : FoundPlace, FoundHow, ""),
                    arrestId is null ? null : new AdultRequest(suspectName ?? "", "", Arrested: true, arrestId),
                    hasFamily ? new FamilyRequest(FamilyName, FamilyRelationship, FamilyPhone, "") : null)
                : null);
    }
}
