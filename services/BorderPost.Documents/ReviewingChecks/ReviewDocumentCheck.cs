using BorderPost.Documents.ViewingChecks;

namespace BorderPost.Documents.ReviewingChecks;

/// <summary>What a supervisor concluded about a suspicious or fraudulent check.</summary>
public enum ReviewDecision
{
    /// <summary>The document is what the check said: the officer's suspicion stands.</summary>
    Confirm,

    /// <summary>The document is genuine after all: the check's verdict is set aside.</summary>
    Overturn,
}

/// <summary>A supervisor of the post reviewed a suspicious or fraudulent check.</summary>
public sealed record DocumentCheckReviewed(
    Guid CheckId, ReviewDecision Decision, string Reason, string ReviewedBy, DateTimeOffset ReviewedAt);

/// <summary>
/// A supervisor of the post that made a check confirms or overturns a <c>suspicious</c> or <c>fraudulent</c> answer,
/// with a reason: the second pair of eyes before a traveller is held. Once per check; the same review sent again (a
/// retry) answers as the first time did.
/// </summary>
public static class ReviewDocumentCheck
{
    private static readonly StreamStep<DocumentCheck> OfMyPost = new(
        DocumentProblems.NotFound,
        (http, check) => http.User.WorksAt(check.Post) ? null : DocumentProblems.NotFound(http),
        (check, e) => e is DocumentCheckReviewed reviewed ? check.Apply(reviewed) : check,
        DocumentCheckAnswers.View,
        DocumentProblems.AlreadyReviewed);

    public static Decision Decide(DocumentCheck check, ReviewDecision decision, string reason, string by, DateTimeOffset now) =>
        check.Review is { } done
            ? done.Decision == decision && done.Reason == reason ? Decision.AlreadyDone : Decision.Refuse(Refusal.Conflict(DocumentProblems.AlreadyReviewed))
            : check.Verdict is not (Verdict.Suspicious or Verdict.Fraudulent) ? Decision.Refuse(DocumentProblems.NothingToReview)
            : Decision.Append(new DocumentCheckReviewed(check.Id, decision, reason, by, now));

    public static RouteHandlerBuilder MapReviewDocumentCheck(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/document-checks/{id:guid}/review", (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
                ValidRequest.HandleAsync(http,
                    (ReviewRequest request, FieldErrors errors) => (
                        Decision: FieldRules.RequiredEnum<ReviewDecision>(request.Decision, "decision", errors),
                        Reason: FieldRules.Reason(request.Reason, "reason", errors)),
                    valid => OfMyPost.RunAsync(http, session, id,
                        check => Decide(check, valid.Decision!.Value, valid.Reason!, http.User.UserName(), clock.GetUtcNow()))))
            .ReadsJson<ReviewRequest>()
            .Produces<DocumentCheckView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.Supervisor);
}
