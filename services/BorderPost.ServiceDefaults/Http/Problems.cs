using Microsoft.AspNetCore.Http;

namespace BorderPost.ServiceDefaults.Http;

/// <summary>application/problem+json answers with titles in the caller's language.</summary>
public static class Problems
{
    private static readonly LocalizedText InvalidTitle = CommonText.Get("Problems.InvalidTitle");

    public static IResult Validation(HttpContext context, FieldErrors errors) =>
        TypedResults.ValidationProblem(
            errors.In(context.PreferredLanguage()),
            title: InvalidTitle.In(context.PreferredLanguage()),
            type: "https://borderpost.ht/problems/validation");

    /// <summary>Field errors with another status than 400 (e.g. 413 or 415 for an upload), still naming each field.</summary>
    public static IResult Validation(HttpContext context, FieldErrors errors, int status) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.In(context.PreferredLanguage()))
        {
            Status = status,
            Title = InvalidTitle.In(context.PreferredLanguage()),
            Type = "https://borderpost.ht/problems/validation",
        });

    public static IResult Status(HttpContext context, int status, LocalizedText title, LocalizedText? detail = null) =>
        TypedResults.Problem(
            title: title.In(context.PreferredLanguage()),
            detail: detail?.In(context.PreferredLanguage()),
            statusCode: status);
}
