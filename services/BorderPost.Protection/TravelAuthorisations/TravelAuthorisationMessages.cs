namespace BorderPost.Protection.TravelAuthorisations;

internal static class TravelAuthorisationMessages
{
    public static readonly LocalizedText Number = Texts.Get("TravelAuthorisationMessages.Number");

    public static readonly LocalizedText ValidUntil = Texts.Get("TravelAuthorisationMessages.ValidUntil");

    public static readonly LocalizedText IssuedOn = Texts.Get("TravelAuthorisationMessages.IssuedOn");

    public static readonly LocalizedText NotAMinor = Texts.Get("TravelAuthorisationMessages.NotAMinor");

    public static readonly LocalizedText ChangedMeanwhile = Texts.Get("TravelAuthorisationMessages.ChangedMeanwhile");

    public static IResult IbesrOnly(HttpContext http) => Problems.Status(http, StatusCodes.Status403Forbidden,
        Texts.Get("TravelAuthorisationMessages.IbesrOnly"));

    public static IResult NumberTaken(HttpContext http) => Problems.Status(http, StatusCodes.Status409Conflict,
        Texts.Get("TravelAuthorisationMessages.NumberTaken"));

    public static IResult NotFound(HttpContext http) => Problems.Status(http, StatusCodes.Status404NotFound,
        Texts.Get("TravelAuthorisationMessages.NotFound"));
}
