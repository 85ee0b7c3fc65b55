using BorderPost.Protection.Inbox;

namespace BorderPost.Protection.Workflow;

/// <summary>
/// Runs one workflow step on a referral for a protection officer of the agency it is with: the decision appends an
/// event, refuses (409 with the reason), or finds the step already done (a retry: 200, nothing appended).
/// </summary>
internal static class WorkflowStep
{
    public static Task<IResult> RunAsync(HttpContext http, IDocumentSession session, ReferralClock clock, Guid id,
        Func<Referral, DateTimeOffset, Decision> decide)
    {
        var now = clock.Now;
        var withMyAgency = new StreamStep<Referral>(
            ProtectionProblems.NotFound,
            (_, referral) => ReferralAccess.IsWithAgency(http.User, referral) ? null : ProtectionProblems.NotYours(http),
            ReferralFolding.Apply,
            referral => ReferralAnswers.Summary(referral, now, showAlarms: true),
            ProtectionProblems.ChangedMeanwhile);
        return withMyAgency.RunAsync(http, session, id, referral => decide(referral, now));
    }
}
