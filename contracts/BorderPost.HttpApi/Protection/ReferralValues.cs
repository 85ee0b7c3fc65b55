namespace BorderPost.HttpApi.Protection;

/// <summary>The values of a referral's enum-like fields on the wire (each service test checks them against its own).</summary>
public static class ReferralValues
{
    public const string Minor = "minor";
    public const string Victim = "victim";

    public static readonly IReadOnlyList<string> Kinds = [Minor, Victim];

    public static readonly IReadOnlyList<string> Needs = ["medical", "shelter", "interpreter", "food", "clothing", "psychosocial", "legal"];

    public static readonly IReadOnlyList<string> Indicators =
    [
        "no_control_of_own_documents", "debt_bondage", "deceived_about_work", "restricted_movement", "signs_of_abuse",
        "under_someone_elses_control", "no_or_little_pay", "excessive_working_hours", "fear_or_anxiety",
        "threats_against_family", "isolated_or_does_not_speak_local_language", "scripted_or_inconsistent_story",
    ];

    /// <summary>How a child was found, the most frequent first.</summary>
    public static readonly IReadOnlyList<string> FoundHow =
        ["with_suspected_smuggler", "with_unrelated_adult", "alone", "with_relative_not_guardian", "abandoned", "other"];
}

/// <summary>Where a referral stands.</summary>
public static class ReferralStatuses
{
    public const string Referred = "referred";
    public const string Acknowledged = "acknowledged";
    public const string HandedOver = "handed_over";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [Referred, Acknowledged, HandedOver, Closed];
}

/// <summary>How a referral ended.</summary>
public static class ClosureOutcomes
{
    public static readonly IReadOnlyList<string> All =
    [
        "family_reunified", "placed_in_shelter", "placed_in_foster_care", "returned_with_family_member", "assisted_and_released",
        "transferred_to_other_agency", "other",
    ];
}
