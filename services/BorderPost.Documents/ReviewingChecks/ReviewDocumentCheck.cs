using BorderPost.Documents.Reading;
using BorderPost.Documents.ViewingChecks;
using BorderPost.ServiceDefaults.Authentication;
using BorderPost.ServiceDefaults.Http;
using BorderPost.ServiceDefaults.Validation;
using JasperFx;
using Marten;

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
    public static RouteHandlerBuilder MapReviewDocumentCheck(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/document-checks/{id:guid}/review", async (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<ReviewRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                var decision = FieldRules.RequiredEnum<ReviewDecision>(request!.Decision, "decision", errors);
                var reason = FieldRules.Reason(request.Reason, "reason", errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                var stream = await session.Events.FetchForWriting<DocumentCheck>(id, http.RequestAborted);
                if (stream.Aggregate is not { } check || !http.User.WorksAt(check.Post))
                {
                    return DocumentProblems.NotFound(http);
                }
                if (check.Review is { } done)
                {
                    return done.Decision == decision && done.Reason == reason
                        ? Results.Ok(DocumentCheckAnswers.View(check))
                        : DocumentProblems.AlreadyReviewed(http);
                }
                if (check.Verdict is not (Verdict.Suspicious or Verdict.Fraudulent))
                {
                    return DocumentProblems.NothingToReview(http);
                }
                var reviewed = new DocumentCheckReviewed(id, decision!.Value, reason!, http.User.UserName(), clock.GetUtcNow());
                stream.AppendOne(reviewed);
                try
                {
                    await session.SaveChangesAsync(http.RequestAborted);
                }
                catch (ConcurrencyException)
                {
                    return DocumentProblems.AlreadyReviewed(http);
                }
                return Results.Ok(DocumentCheckAnswers.View(check.Apply(reviewed)));
            })
            .RequireAuthorization(BorderPostPolicies.Supervisor);
}
