namespace BorderPost.Arrests;

internal static class ArrestProblems
{
    public static IResult NotFound(HttpContext http) => Problems.Status(http, StatusCodes.Status404NotFound,
        Texts.Get("ArrestProblems.NotFound"));

    public static IResult OtherPost(HttpContext http) => Problems.Status(http, StatusCodes.Status403Forbidden,
        Texts.Get("ArrestProblems.OtherPost"));

    public static IResult IdConflict(HttpContext http) => Problems.Status(http, StatusCodes.Status409Conflict,
        Texts.Get("ArrestProblems.IdConflict"));

    public static readonly LocalizedText ChangedMeanwhile =
        Texts.Get("ArrestProblems.ChangedMeanwhile");

    public static readonly Refusal AlreadyTransferred = Refusal.Conflict(Texts.Get("ArrestProblems.AlreadyTransferred"));

    public static readonly Refusal AlreadyReleased = Refusal.Conflict(Texts.Get("ArrestProblems.AlreadyReleased"));
}
