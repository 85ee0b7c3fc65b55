using BorderPost.Crossings.RecordingCrossings;
using BorderPost.Crossings.ReferenceData;

namespace BorderPost.Crossings.CorrectingCrossings;

public static class CorrectCrossing
{
    public static readonly Refusal Voided = CrossingProblems.Voided;

    public static readonly Refusal OtherPost = Refusal.OnField("crossing.postCode", Reasons.PostCannotChange);

    public static Decision Decide(Crossing current, CrossingDetails details, string reason, string by, DateTimeOffset now) =>
        current.Status == CrossingStatus.Voided ? Decision.Refuse(Voided)
        : details.PostCode != current.PostCode ? Decision.Refuse(OtherPost)
        : details == current.Details ? Decision.AlreadyDone
        : Decision.Append(new CrossingCorrected(current.Id, details, reason, by, now));

    public static RouteHandlerBuilder MapCorrectCrossing(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/crossings/{id:guid}/corrections",
                async (Guid id, HttpContext http, IDocumentSession session, CrossingPointDirectory points, TimeProvider clock) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<CrossingCorrectionRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                var reason = Reasons.Validate(request!.Reason, errors);
                var now = clock.GetUtcNow();
                var details = request.Crossing is null
                    ? null
                    : CrossingValidation.Validate(request.Crossing with { Id = id }, points.Find, now, errors.Prefixed("crossing."));
                if (request.Crossing is null)
                {
                    errors.Add("crossing", ValidationMessages.Required);
                }
                CommonText.RequireSameId(request.Crossing?.Id, id, errors, "crossing.id");
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                return await CrossingSteps.OfMyPost.RunAsync(http, session, id,
                    crossing => Decide(crossing, details!, reason!, http.User.UserName(), now));
            })
            .ReadsJson<CrossingCorrectionRequest>()
            .Produces<CrossingView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
