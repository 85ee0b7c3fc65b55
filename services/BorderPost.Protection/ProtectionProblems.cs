namespace BorderPost.Protection;

internal static class ProtectionProblems
{
    public static IResult NotFound(HttpContext http) => Problems.Status(http, StatusCodes.Status404NotFound,
        Texts.Get("ProtectionProblems.NotFound"));

    public static IResult NotYours(HttpContext http) => Problems.Status(http, StatusCodes.Status403Forbidden,
        Texts.Get("ProtectionProblems.NotYours"));

    public static IResult OtherPost(HttpContext http) => Problems.Status(http, StatusCodes.Status403Forbidden,
        Texts.Get("ProtectionProblems.OtherPost"));

    public static IResult AlarmsForSupervisors(HttpContext http) => Problems.Status(http, StatusCodes.Status403Forbidden,
        Texts.Get("ProtectionProblems.AlarmsForSupervisors"));

    public static IResult IdConflict(HttpContext http) => Problems.Status(http, StatusCodes.Status409Conflict,
        Texts.Get("ProtectionProblems.IdConflict"));

    /// <summary>The arrest listed this referral id with another kind, post, agency or arrest than the officer's details say.</summary>
    public static IResult ListedDifferently(HttpContext http, Referral listed)
    {
        var kind = listed.Kind == ReferralKind.Minor
            ? Texts.Get("ProtectionProblems.KindMinor")
            : Texts.Get("ProtectionProblems.KindVictim");
        return Problems.Status(http, StatusCodes.Status409Conflict,
            Texts.Get("ProtectionProblems.ListedDifferently"),
            Texts.Get("ProtectionProblems.ListedAs", kind, listed.PostCode, listed.Agency, listed.ArrestId));
    }

    public static readonly LocalizedText ChangedMeanwhile =
        Texts.Get("ProtectionProblems.ChangedMeanwhile");
}
