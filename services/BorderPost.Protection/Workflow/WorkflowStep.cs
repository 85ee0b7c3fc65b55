using BorderPost.Protection.Inbox;
using JasperFx;
using Marten;

namespace BorderPost.Protection.Workflow;

/// <summary>
/// Runs one workflow step on a referral for a protection officer of the agency it is with: the decision appends an
/// event, refuses (409 with the reason), or finds the step already done (a retry: 200, nothing appended).
/// </summary>
internal static class WorkflowStep
{
    public static async Task<IResult> RunAsync(HttpContext http, IDocumentSession session, ReferralClock clock, Guid id,
        Func<Referral, DateTimeOffset, Decision> decide)
    {
        var stream = await session.Events.FetchForWriting<Referral>(id, http.RequestAborted);
        if (stream.Aggregate is not { } referral)
        {
            return ProtectionProblems.NotFound(http);
        }
        if (!ReferralAccess.IsWithAgency(http.User, referral))
        {
            return ProtectionProblems.NotYours(http);
        }
        var now = clock.Now;
        var decision = decide(referral, now);
        if (decision.Refusal is { } refusal)
        {
            return ProtectionProblems.Refused(http, refusal);
        }
        if (decision.Event is { } e)
        {
            stream.AppendOne(e);
            try
            {
                await session.SaveChangesAsync(http.RequestAborted);
            }
            catch (ConcurrencyException)
            {
                return ProtectionProblems.ChangedMeanwhile(http);
            }
            referral = ReferralFolding.Apply(referral, e);
        }
        return Results.Ok(ReferralAnswers.Summary(referral, now, showAlarms: true));
    }
}
