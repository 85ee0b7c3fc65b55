using System.Text.RegularExpressions;

namespace BorderPost.Crossings.ReferenceData;

public static partial class AddCrossingPoint
{
    private static readonly LocalizedText CodeFormat = Texts.Get("AddCrossingPoint.CodeFormat");

    private static readonly LocalizedText Taken = Texts.Get("AddCrossingPoint.Taken");

    /// <summary>The admin registers an unofficial crossing point watched from a post.</summary>
    public static RouteHandlerBuilder MapAddCrossingPoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/crossings/points", async (HttpContext http, CrossingPointDirectory points) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<CrossingPointRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                var post = FieldRules.Post(request!.PostCode, "postCode", errors);
                var code = FieldRules.Required(request.Code, "code", errors)?.ToUpperInvariant();
                if (code is not null && !CodePattern().IsMatch(code))
                {
                    errors.Add("code", CodeFormat);
                }
                var name = FieldRules.Name(request.Name, "name", required: true, errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                var official = points.Find(post!)!;
                var point = new CrossingPoint($"{post}-{code}", name!, CrossingPointKind.Unofficial, post!, official.Department);
                return await points.AddAsync(point, http.RequestAborted)
                    ? Results.Created($"/api/crossings/points/{point.Id}", point.ToView())
                    : Problems.Status(http, StatusCodes.Status409Conflict, Taken);
            })
            .ReadsJson<CrossingPointRequest>()
            .Produces<CrossingPointView>(201)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.Admin);

    [GeneratedRegex("^[A-Z0-9]{2,10}$")]
    private static partial Regex CodePattern();
}
