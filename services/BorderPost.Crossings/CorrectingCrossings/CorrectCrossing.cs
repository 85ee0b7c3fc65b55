using BorderPost.Crossings.RecordingCrossings;
using BorderPost.Crossings.ReferenceData;

namespace BorderPost.Crossings.CorrectingCrossings;

public static class CorrectCrossing
{
    public static readonly Refusal Voided = CrossingProblems.Voided;

    public static readonly Refusal OtherPost = Refusal.OnField("crossing.postCode", Reasons.PostCannotChange);

    public static Decision Decide(Crossing current, CrossingDetails corrected, string reason, string by, DateTimeOffset now)
    {
        // The group a traveller was let through from is set when the crossing is recorded; a correction keeps it.
        var details = corrected with { Intercepted = current.Details.Intercepted };
        return current.Status == CrossingStatus.Voided ? Decision.Refuse(Voided)
            : details.PostCode != current.PostCode ? Decision.Refuse(OtherPost)
            : details == current.Details ? Decision.AlreadyDone
            : Decision.Append(new CrossingCorrected(current.Id, details, reason, by, now));
    }

    public static RouteHandlerBuilder MapCorrectCrossing(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/crossings/{id:guid}/corrections",
                (Guid id, HttpContext http, IDocumentSession session, CrossingPointDirectory points, TimeProvider clock) =>
            {
                var now = clock.GetUtcNow();
                return ValidRequest.HandleAsync(http,
                    (CrossingCorrectionRequest request, FieldErrors errors) => (
                        Reason: Reasons.Validate(request.Reason, errors),
                        Details: Corrected.Validate(request.Crossing, request.Crossing?.Id, id, errors, "crossing",
                            (crossing, prefixed) => CrossingValidation.Validate(crossing with { Id = id }, points.Find, now, prefixed))),
                    valid => CrossingSteps.OfMyPost.RunAsync(http, session, id,
                        crossing => Decide(crossing, valid.Details!, valid.Reason!, http.User.UserName(), now)));
            })
            .ReadsJson<CrossingCorrectionRequest>()
            .Produces<CrossingView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
