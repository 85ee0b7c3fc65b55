namespace BorderPost.Web.Pages.Post;

/// <summary>
/// One person to refer, as a row of the arrest form or the referral form: a child (minor) or a suspected adult victim.
/// The referral id is generated when the form is first shown, so a resubmission is a safe retry.
/// </summary>
public sealed class PersonRow
{
    public Guid ReferralId { get; set; } = Guid.NewGuid();
    public string Kind { get; set; } = "minor";
    public string? Surname { get; set; }
    public string? GivenNames { get; set; }
    public string? Sex { get; set; }
    public int? EstimatedAge { get; set; }
    public string? AgeBand { get; set; }
    public string? Language { get; set; } = "ht";
    public List<string> Needs { get; set; } = [];
    public string FoundHow { get; set; } = "with_suspected_smuggler";
    public string? FoundPlace { get; set; }
    public string? FamilyName { get; set; }
    public string? FamilyRelationship { get; set; }
    public string? FamilyPhone { get; set; }
    public List<string> Indicators { get; set; } = [];
    public bool Consent { get; set; }

    /// <summary>Set once Protection has this referral: a resubmission does not send it again.</summary>
    public bool Sent { get; set; }

    public static readonly string[] AllNeeds = ["medical", "shelter", "interpreter", "food", "clothing", "psychosocial", "legal"];

    public static readonly string[] AllIndicators =
    [
        "no_control_of_own_documents", "debt_bondage", "deceived_about_work", "restricted_movement", "signs_of_abuse",
        "under_someone_elses_control", "no_or_little_pay", "excessive_working_hours", "fear_or_anxiety",
        "threats_against_family", "isolated_or_does_not_speak_local_language", "scripted_or_inconsistent_story",
    ];

    /// <summary>A row the officer left empty is not a person.</summary>
    public bool IsFilled => !string.IsNullOrWhiteSpace(Surname) || !string.IsNullOrWhiteSpace(GivenNames)
        || !string.IsNullOrWhiteSpace(Sex) || EstimatedAge is not null || !string.IsNullOrWhiteSpace(AgeBand);

    public object ToRequest(string post, Guid? arrestId, string? suspectName, string? place)
    {
        var hasFamily = !string.IsNullOrWhiteSpace(FamilyName) || !string.IsNullOrWhiteSpace(FamilyPhone);
        return new
        {
            id = ReferralId,
            kind = Kind,
            postCode = post,
            arrestId,
            person = new { surname = Surname, givenNames = GivenNames, sex = Sex, estimatedAge = EstimatedAge },
            ageBand = string.IsNullOrWhiteSpace(AgeBand) ? null : AgeBand,
            identityEstimated = string.IsNullOrWhiteSpace(Surname),
            language = Language,
            needs = Needs,
            remarks = "",
            victim = Kind == "victim" ? new { indicators = Indicators, consentToReferral = Consent } : null,
            minor = Kind == "minor"
                ? new
                {
                    foundAt = new { place = string.IsNullOrWhiteSpace(FoundPlace) ? place : FoundPlace, how = FoundHow, description = "" },
                    accompanyingAdult = arrestId is null ? null : new { name = suspectName ?? "", relationship = "", arrested = true, arrestId },
                    family = hasFamily ? new { name = FamilyName, relationship = FamilyRelationship, phone = FamilyPhone, address = "" } : null,
                }
                : null,
        };
    }
}
