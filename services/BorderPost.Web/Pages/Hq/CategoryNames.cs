namespace BorderPost.Web.Pages.Hq;

/// <summary>A report category's name in the user's language, built from the names of its parts.</summary>
public static class CategoryNames
{
    /// <summary><c>crossing.entry</c> → « Passages — Entrée »; a code no rule knows is shown as it is.</summary>
    public static string Of(string category, UiText text) => category.Split('.') switch
    {
        ["crossing", var direction] => text.Format("category.crossing", Part(text, "direction.", direction)),
        ["document", "finding", .. var code] => text.Format("category.finding", Part(text, "finding.", string.Join('.', code))),
        ["document", "review", var decision] => text.Format("category.review", Part(text, "reviewed.", decision)),
        ["document", var verdict] => text.Format("category.document", Part(text, "verdict.", verdict)),
        ["arrest", "persons"] => text["category.persons"],
        ["arrest", "offence", var offence] => text.Format("category.offence", Part(text, "offence.", offence)),
        ["arrest", "transferred", var to] => text.Format("category.transferred", Part(text, "recipient.", to)),
        ["arrest", "released"] => text["category.released"],
        ["interception", "recorded"] => text["category.interceptions"],
        ["interception", "person", var role] => text.Format("category.intercepted", Part(text, "foundrole.", role)),
        ["screening", "overridden"] => text["category.screeningOverridden"],
        ["screening", var outcome] => text.Format("category.screening", Part(text, "screening.", outcome)),
        ["minor_check", "reason", var reason] => text.Format("category.minorCheckReason", Part(text, "holdreason.", reason)),
        ["minor_check", var outcome] => text.Format("category.minorCheck", Part(text, "minorcheck.", outcome)),
        ["referral", var kind, "closed", var outcome] =>
            text.Format("category.closed", Part(text, "kind.", kind), Part(text, "outcome.", outcome)),
        ["referral", var kind, var step] => text.Format("category.referral", Part(text, "kind.", kind), Part(text, "counted.", step)),
        _ => category,
    };

    private static string Part(UiText text, string family, string value) => text.Or(family + value, value);
}
