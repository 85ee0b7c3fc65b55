namespace BorderPost.Documents;

internal static class DocumentProblems
{
    public static IResult NotFound(HttpContext http) => Problems.Status(http, StatusCodes.Status404NotFound,
        Texts.Get("DocumentProblems.NotFound"));

    public static IResult IdConflict(HttpContext http) => Problems.Status(http, StatusCodes.Status409Conflict,
        Texts.Get("DocumentProblems.IdConflict"));

    public static readonly LocalizedText AlreadyReviewed =
        Texts.Get("DocumentProblems.AlreadyReviewed");

    public static readonly Refusal NothingToReview = Refusal.Conflict(Texts.Get("DocumentProblems.NothingToReview"));

    public static IResult Busy(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "5";
        return Problems.Status(http, StatusCodes.Status503ServiceUnavailable,
            Texts.Get("DocumentProblems.Busy"));
    }

    public static IResult NotMultipart(HttpContext http) => Problems.Status(http, StatusCodes.Status415UnsupportedMediaType,
        Texts.Get("DocumentProblems.NotMultipart"));

    public static IResult MalformedForm(HttpContext http) => Image(http, StatusCodes.Status400BadRequest,
        Texts.Get("DocumentProblems.MalformedForm"));

    public static IResult Rejected(HttpContext http, ImageRejection rejection) => rejection switch
    {
        ImageRejection.Empty => Image(http, StatusCodes.Status400BadRequest,
            Texts.Get("DocumentProblems.Empty")),
        ImageRejection.TooLarge => Image(http, StatusCodes.Status413PayloadTooLarge,
            Texts.Get("DocumentProblems.TooLarge")),
        ImageRejection.TooManyPixels => Image(http, StatusCodes.Status413PayloadTooLarge,
            Texts.Get("DocumentProblems.TooManyPixels")),
        ImageRejection.TooSmall => Image(http, StatusCodes.Status422UnprocessableEntity,
            Texts.Get("DocumentProblems.TooSmall")),
        ImageRejection.NotAnImage => Image(http, StatusCodes.Status415UnsupportedMediaType,
            Texts.Get("DocumentProblems.NotAnImage")),
        ImageRejection.UnsupportedType => Image(http, StatusCodes.Status415UnsupportedMediaType,
            Texts.Get("DocumentProblems.UnsupportedType")),
        ImageRejection.Truncated => Image(http, StatusCodes.Status400BadRequest,
            Texts.Get("DocumentProblems.Truncated")),
        _ => Image(http, StatusCodes.Status400BadRequest,
            Texts.Get("DocumentProblems.Damaged")),
    };

    private static IResult Image(HttpContext http, int status, LocalizedText message)
    {
        var errors = new FieldErrors();
        errors.Add("image", message);
        return Problems.Validation(http, errors, status);
    }
}
