namespace BorderPost.Crossings;

internal static class CrossingProblems
{
    public static readonly LocalizedText DateFormat = CommonText.DateFormat;

    public static IResult NotFound(HttpContext http) => Problems.Status(http, StatusCodes.Status404NotFound,
        Texts.Get("CrossingProblems.NotFound"));

    public static IResult OtherPost(HttpContext http) => Problems.Status(http, StatusCodes.Status403Forbidden,
        Texts.Get("CrossingProblems.OtherPost"));

    public static IResult IdConflict(HttpContext http) => Problems.Status(http, StatusCodes.Status409Conflict,
        Texts.Get("CrossingProblems.IdConflict"));

    public static readonly Refusal Voided = Refusal.Conflict(Texts.Get("CrossingProblems.Voided"));

    public static readonly LocalizedText ChangedMeanwhile =
        Texts.Get("CrossingProblems.ChangedMeanwhile");
}
