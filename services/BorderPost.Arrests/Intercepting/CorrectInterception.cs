using BorderPost.Arrests.RecordingArrests;

namespace BorderPost.Arrests.Intercepting;

public static class CorrectInterception
{
    public static readonly Refusal OtherPost = Refusal.OnField("interception.postCode", ArrestMessages.PostCannotChange);

    public static readonly Refusal PersonRemoved = Refusal.OnField("interception.people", InterceptionMessages.PersonRemoved);

    private static readonly StreamStep<Interception> OfMyPost = new(
        InterceptionMessages.NotFound,
        (http, interception) => http.User.WorksAt(interception.PostCode) ? null : InterceptionMessages.NotFound(http),
        (interception, e) => e is InterceptionCorrected corrected ? interception.Apply(corrected) : interception,
        interception => InterceptionAnswers.View(interception),
        ArrestProblems.ChangedMeanwhile);

    /// <summary>
    /// A correction states the whole interception again. The post stays, and every person found stays in the group
    /// (arrests, checks and screenings name them): people may be added and their role, label, sex, age band and
    /// relations corrected. The same details again change nothing.
    /// </summary>
    public static Decision Decide(Interception current, InterceptionDetails details, string reason, string by, DateTimeOffset now)
    {
        var kept = details.People.Select(p => p.Id).ToHashSet();
        return details.PostCode != current.PostCode ? Decision.Refuse(OtherPost)
            : current.Details.People.Any(p => !kept.Contains(p.Id)) ? Decision.Refuse(PersonRemoved)
            : details == current.Details ? Decision.AlreadyDone
            : Decision.Append(new InterceptionCorrected(current.Id, details, reason, by, now));
    }

    /// <summary><c>POST /api/interceptions/{id}/corrections</c> (post staff of the post): the corrected interception and a reason.</summary>
    public static RouteHandlerBuilder MapCorrectInterception(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/interceptions/{id:guid}/corrections", (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
            {
                var now = clock.GetUtcNow();
                return ValidRequest.HandleAsync(http,
                    (InterceptionCorrectionRequest request, FieldErrors errors) => (
                        Reason: FieldRules.Reason(request.Reason, "reason", errors),
                        Details: Corrected.Validate(request.Interception, request.Interception?.Id, id, errors, "interception",
                            (interception, prefixed) => InterceptionValidation.Validate(interception, now, prefixed))),
                    valid => OfMyPost.RunAsync(http, session, id,
                        interception => Decide(interception, valid.Details!, valid.Reason!, http.User.UserName(), now)));
            })
            .ReadsJson<InterceptionCorrectionRequest>()
            .Produces<InterceptionView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
