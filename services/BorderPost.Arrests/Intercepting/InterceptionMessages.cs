namespace BorderPost.Arrests.Intercepting;

internal static class InterceptionMessages
{
    public static readonly LocalizedText PlateRequired = Texts.Get("InterceptionMessages.PlateRequired");

    public static readonly LocalizedText NobodyFound = Texts.Get("InterceptionMessages.NobodyFound");

    public static readonly LocalizedText PersonRepeated = Texts.Get("InterceptionMessages.PersonRepeated");

    public static readonly LocalizedText RelationOutsideGroup = Texts.Get("InterceptionMessages.RelationOutsideGroup");

    public static readonly LocalizedText LabelWithDigits = Texts.Get("InterceptionMessages.LabelWithDigits");

    public static readonly LocalizedText ChildAgeBand = Texts.Get("InterceptionMessages.ChildAgeBand");

    public static readonly LocalizedText UnknownInterception = Texts.Get("InterceptionMessages.UnknownInterception");

    public static readonly LocalizedText NotOfTheGroup = Texts.Get("InterceptionMessages.NotOfTheGroup");

    public static readonly LocalizedText PersonRemoved = Texts.Get("InterceptionMessages.PersonRemoved");

    public static IResult NotFound(HttpContext http) => Problems.Status(http, StatusCodes.Status404NotFound,
        Texts.Get("InterceptionMessages.NotFound"));

    public static IResult IdConflict(HttpContext http) => Problems.Status(http, StatusCodes.Status409Conflict,
        Texts.Get("InterceptionMessages.IdConflict"));
}
