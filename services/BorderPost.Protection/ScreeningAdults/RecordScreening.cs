using BorderPost.Protection.Referring;
using Microsoft.Extensions.Options;
using static BorderPost.ServiceDefaults.Http.EnumText;
using M = BorderPost.Protection.ScreeningAdults.ScreeningMessages;

namespace BorderPost.Protection.ScreeningAdults;

/// <summary>A validated screening: the answers, the officer's decision with its reason, and a probable victim's referral.</summary>
public sealed record ValidScreening(Guid Id, string PostCode, Guid? InterceptionId, Guid? PersonId, ScreeningAnswers Answers,
    ScreeningOutcome Outcome, string Reason, ValidReferral? Referral);

public static class RecordScreening
{
    /// <summary>
    /// <c>POST /api/screenings</c> (post staff of the post): records the answers, what BorderPost proposes and what the
    /// officer decided, by whom and why; a probable victim's referral (<c>referral</c>, required then) opens in the same
    /// transaction. The client's id makes a retry safe.
    /// </summary>
    public static RouteHandlerBuilder MapRecordScreening(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/screenings", (HttpContext http, IDocumentStore store, ReferralClock clock, IOptions<ProtectionOptions> options) =>
                ValidRequest.HandleAsync(http,
                    (ScreeningRequest request, FieldErrors errors) => Validate(request, HaitiCalendar.DayOf(clock.Now), errors),
                    async valid =>
                    {
                        if (!http.User.WorksAt(valid.PostCode))
                        {
                            return ProtectionProblems.OtherPost(http);
                        }
                        var now = clock.Now;
                        var by = http.User.UserName();
                        var recorded = new ScreeningRecorded(valid.Id, valid.PostCode, valid.InterceptionId, valid.PersonId, valid.Answers,
                            ScreeningRules.Propose(valid.Answers), new ScreeningDecision(valid.Outcome, valid.Reason, by, now),
                            valid.Referral?.Id, valid.Referral?.Agency);
                        await using var session = store.LightweightSession();
                        if (valid.Referral is { } r)
                        {
                            session.Events.StartStream<Referral>(r.Id,
                                new Referred(r.Id, r.Kind, r.PostCode, r.Agency, r.ArrestId, r.Details, by, now, now + options.Value.AcknowledgeWithin(r.Kind)));
                        }
                        var (_, existing) = await session.StartOnceAsync(valid.Id, Screening.Create(recorded), [recorded], http.RequestAborted);
                        return existing is not null && SameAs(existing.Recorded, recorded)
                            ? Results.Created($"/api/screenings/{valid.Id}", View(existing))
                            : ProtectionProblems.IdConflict(http);
                    }))
            .ReadsJson<ScreeningRequest>()
            .Produces<ScreeningView>(201)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(BorderPostPolicies.PostStaff);

    public static ValidScreening? Validate(ScreeningRequest r, DateOnly today, FieldErrors errors)
    {
        var id = FieldRules.ClientId(r.Id, errors);
        var post = FieldRules.Post(r.PostCode, "postCode", errors);
        if (r.InterceptionId == Guid.Empty)
        {
            errors.Add("interceptionId", FieldMessages.EmptyId);
        }
        if (r.PersonId == Guid.Empty)
        {
            errors.Add("personId", FieldMessages.EmptyId);
        }
        var answers = ValidateAnswers(r.Answers, errors);
        ScreeningOutcome? outcome = null;
        string? reason = null;
        if (r.Decision is null)
        {
            errors.Add("decision", FieldMessages.Required);
        }
        else
        {
            outcome = FieldRules.RequiredEnum<ScreeningOutcome>(r.Decision.Outcome, "decision.outcome", errors);
            reason = FieldRules.Reason(r.Decision.Reason, "decision.reason", errors);
        }
        ValidReferral? referral = null;
        if (outcome == ScreeningOutcome.ProbableTraffickingVictim)
        {
            if (r.Referral is null)
            {
                errors.Add("referral", M.ReferralRequired);
            }
            else
            {
                referral = ReferralValidation.Validate(r.Referral, today, errors.Prefixed("referral."));
                if (referral is not null && referral.Kind != ReferralKind.Victim)
                {
                    errors.Add("referral.kind", M.VictimReferral);
                }
                if (referral is not null && post is not null && referral.PostCode != post)
                {
                    errors.Add("referral.postCode", M.SamePost);
                }
            }
        }
        else if (r.Referral is not null && outcome is not null)
        {
            errors.Add("referral", M.ReferralOnlyForVictim);
        }
        return errors.Any
            ? null
            : new ValidScreening(id!.Value, post!, r.InterceptionId, r.PersonId, answers!, outcome!.Value, reason!, referral);
    }

    public static ScreeningAnswers? ValidateAnswers(ScreeningAnswersRequest? a, FieldErrors errors)
    {
        if (a is null)
        {
            errors.Add("answers", FieldMessages.Required);
            return null;
        }
        var recruitment = FieldRules.RequiredEnum<Recruitment>(a.Recruitment, "answers.recruitment", errors);
        var means = FieldRules.EnumList<MeansUsed>(a.Means, "answers.means", errors, required: false);
        var purposes = FieldRules.EnumList<ExploitationPurpose>(a.Purposes, "answers.purposes", errors, required: false);
        return recruitment is null || means is null || purposes is null
            ? null
            : new ScreeningAnswers(recruitment.Value, means, purposes, a.DocumentsControlledByOthers, a.MovementRestricted,
                a.PaidToCross, a.Consented, a.FreeAtDestination);
    }

    /// <summary>A retry: the same screening, whoever sends it again and whenever.</summary>
    private static bool SameAs(ScreeningRecorded a, ScreeningRecorded b) =>
        a.PostCode == b.PostCode && a.InterceptionId == b.InterceptionId && a.PersonId == b.PersonId && a.Answers == b.Answers
        && a.Decision.Outcome == b.Decision.Outcome && a.Decision.Reason == b.Decision.Reason && a.ReferralId == b.ReferralId;

    public static ScreeningView View(Screening s)
    {
        var r = s.Recorded;
        return new(s.Id, r.PostCode, r.InterceptionId, r.PersonId, new ScreeningProposalView(ToWire(r.Proposal.Outcome), r.Proposal.Indicators),
            new ScreeningDecisionView(ToWire(r.Decision.Outcome), r.Decision.Reason, r.Decision.DecidedBy, r.Decision.DecidedAt.UtcDateTime,
                r.Decision.Outcome == r.Proposal.Outcome),
            r.ReferralId);
    }
}
