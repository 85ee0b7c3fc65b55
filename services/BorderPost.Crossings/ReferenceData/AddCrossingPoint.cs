using System.Text.RegularExpressions;

namespace BorderPost.Crossings.ReferenceData;

public static partial class AddCrossingPoint
{
    private static readonly LocalizedText CodeFormat = Texts.Get("AddCrossingPoint.CodeFormat");

    private static readonly LocalizedText Taken = Texts.Get("AddCrossingPoint.Taken");

    /// <summary>The admin registers an unofficial crossing point watched from a post.</summary>
    public static RouteHandlerBuilder MapAddCrossingPoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/crossings/points", (HttpContext http, CrossingPointDirectory points) =>
                ValidRequest.HandleAsync(http, (CrossingPointRequest request, FieldErrors errors) => Validate(request, points, errors),
                    async point => await points.AddAsync(point, http.RequestAborted)
                        ? Results.Created($"/api/crossings/points/{point.Id}", point.ToView())
                        : Problems.Status(http, StatusCodes.Status409Conflict, Taken)))
            .ReadsJson<CrossingPointRequest>()
            .Produces<CrossingPointView>(201)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.Admin);

    /// <summary>An unofficial point is named by its post's code and its own (<c>OUA-CAP</c>) and lies in the post's department.</summary>
    public static CrossingPoint? Validate(CrossingPointRequest request, CrossingPointDirectory points, FieldErrors errors)
    {
        var post = FieldRules.Post(request.PostCode, "postCode", errors);
        var code = FieldRules.Required(request.Code, "code", errors)?.ToUpperInvariant();
        if (code is not null && !CodePattern().IsMatch(code))
        {
            errors.Add("code", CodeFormat);
        }
        var name = FieldRules.Name(request.Name, "name", required: true, errors);
        return errors.Any ? null : new CrossingPoint($"{post}-{code}", name!, CrossingPointKind.Unofficial, post!, points.Find(post!)!.Department);
    }

    [GeneratedRegex("^[A-Z0-9]{2,10}$")]
    private static partial Regex CodePattern();
}
