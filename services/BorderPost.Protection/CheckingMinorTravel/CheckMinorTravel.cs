using BorderPost.Protection.Referring;
using BorderPost.Protection.TravelAuthorisations;
using Microsoft.Extensions.Options;
using M = BorderPost.Protection.CheckingMinorTravel.MinorTravelMessages;

namespace BorderPost.Protection.CheckingMinorTravel;

/// <summary>A validated check request: the child, who the child travels with, and what was presented.</summary>
public sealed record ValidMinorCheck(Guid Id, string PostCode, Guid? InterceptionId, Guid? PersonId, Guid? CrossingId, ReferredPerson Child,
    Accompaniment AccompaniedBy, AccompanyingAdult? Adult, PresentedAuthorisation? Presented, string Place, string Language, string? OverrideReason);

public static class CheckMinorTravel
{
    /// <summary>
    /// <c>POST /api/minor-checks</c> (post staff of the post): checks a minor leaving Haiti against IBESR's records. A
    /// child who fails the check is held for protection and a minor referral to the post's IBESR office opens in the same
    /// transaction, with the reason; with <c>overrideReason</c> the officer lets the child go instead, and the override is
    /// recorded with who and when. The client's id makes a retry safe.
    /// </summary>
    public static RouteHandlerBuilder MapCheckMinorTravel(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/minor-checks", (HttpContext http, IDocumentStore store, ReferralClock clock, IOptions<ProtectionOptions> options) =>
                ValidRequest.HandleAsync(http,
                    (MinorTravelCheckRequest request, FieldErrors errors) => Validate(request, HaitiCalendar.DayOf(clock.Now), errors),
                    async valid =>
                    {
                        if (!http.User.WorksAt(valid.PostCode))
                        {
                            return ProtectionProblems.OtherPost(http);
                        }
                        var now = clock.Now;
                        var by = http.User.UserName();
                        await using var session = store.LightweightSession();
                        var recorded = valid.Presented is { } presented
                            ? await session.Query<TravelAuthorisation>().SingleOrDefaultAsync(a => a.Number == presented.Number, http.RequestAborted)
                            : null;
                        var checkedEvent = Decide(valid, recorded, by, now, options.Value);
                        var existing = await KeepOnceAsync(session, valid, checkedEvent, options.Value, http.RequestAborted);
                        return existing is not null && SameRequest(existing.Checked, valid)
                            ? Results.Created($"/api/minor-checks/{valid.Id}", MinorTravelAnswers.View(existing.Checked))
                            : ProtectionProblems.IdConflict(http);
                    }))
            .ReadsJson<MinorTravelCheckRequest>()
            .Produces<MinorTravelCheckView>(201)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(BorderPostPolicies.PostStaff);

    /// <summary>
    /// Keeps a check in one transaction: the look-up of IBESR's record, the held child's referral and the check itself,
    /// unless a check with this id is kept already (a retry, or a post's check delivered again): then nothing is written
    /// and the kept check is returned. Used by the endpoint, and at headquarters for the checks posts made.
    /// </summary>
    public static async Task<MinorTravelCheck?> KeepOnceAsync(IDocumentSession session, ValidMinorCheck valid, MinorTravelChecked checkedEvent,
        ProtectionOptions options, CancellationToken ct)
    {
        if (checkedEvent.AuthorisationId is { } authorisation)
        {
            // The check read IBESR's record of a child: kept as every other look-up is.
            var lookUp = new TravelAuthorisationVerified(Guid.NewGuid(), authorisation, valid.PostCode, checkedEvent.CheckedBy,
                checkedEvent.CheckedAt, checkedEvent.AuthorisationStatus!);
            session.Events.StartStream(lookUp.CheckId, lookUp);
        }
        if (checkedEvent.Outcome == MinorTravelOutcome.Held)
        {
            session.Events.StartStream<Referral>(checkedEvent.ReferralId!.Value, Referral(valid, checkedEvent, options));
        }
        var (_, kept) = await session.StartOnceAsync(valid.Id, MinorTravelCheck.Create(checkedEvent), [checkedEvent], ct);
        return kept;
    }

    /// <summary>The check's outcome: held with the reason and a referral to IBESR, released on the officer's override, or cleared.</summary>
    public static MinorTravelChecked Decide(ValidMinorCheck valid, TravelAuthorisation? recorded, string by, DateTimeOffset now, ProtectionOptions options)
    {
        var today = HaitiCalendar.DayOf(now);
        var reason = MinorTravelRules.Decide(valid.AccompaniedBy, valid.Presented, recorded, valid.Child, today);
        var status = valid.Presented is null ? null : recorded?.StatusOn(today) ?? TravelAuthorisationValues.Unknown;
        var outcome = reason is null ? MinorTravelOutcome.Cleared
            : valid.OverrideReason is null ? MinorTravelOutcome.Held
            : MinorTravelOutcome.ReleasedOnOverride;
        var held = outcome == MinorTravelOutcome.Held;
        return new MinorTravelChecked(valid.Id, valid.PostCode, valid.InterceptionId, valid.PersonId, valid.CrossingId, valid.Child,
            valid.AccompaniedBy, valid.Adult, valid.Presented, recorded?.Id, status, outcome, reason,
            outcome == MinorTravelOutcome.ReleasedOnOverride ? new MinorCheckOverride(valid.OverrideReason!, by, now) : null,
            held ? Guid.NewGuid() : null, held ? Agencies.DefaultFor(minor: true, valid.PostCode) : null, by, now);
    }

    /// <summary>The minor referral a held child gets: to the post's IBESR office, found at the check, with the reason.</summary>
    private static Referred Referral(ValidMinorCheck valid, MinorTravelChecked e, ProtectionOptions options)
    {
        var how = valid.AccompaniedBy switch
        {
            Accompaniment.Alone => FoundHow.Alone,
            Accompaniment.UnrelatedAdult => FoundHow.WithUnrelatedAdult,
            Accompaniment.Relative => FoundHow.WithRelativeNotGuardian,
            _ => FoundHow.Other,
        };
        var reason = M.Reason(e.HoldReason!.Value).In(Language.Fr);
        var details = new ReferralDetails(valid.Child, null, IdentityEstimated: false, valid.Language, [], reason, valid.CrossingId, null,
            new MinorDetails(new FoundAt(valid.Place, how, M.HeldAtCheck(reason).In(Language.Fr)), valid.Adult, null));
        return new Referred(e.ReferralId!.Value, ReferralKind.Minor, valid.PostCode, e.ReferralAgency!, valid.Adult?.ArrestId, details,
            e.CheckedBy, e.CheckedAt, e.CheckedAt + options.AcknowledgeWithin(ReferralKind.Minor));
    }

    /// <summary>A retry: the same request, whoever sends it again and whenever (the records may have changed since).</summary>
    private static bool SameRequest(MinorTravelChecked e, ValidMinorCheck v) =>
        e.PostCode == v.PostCode && e.InterceptionId == v.InterceptionId && e.PersonId == v.PersonId && e.CrossingId == v.CrossingId
        && e.Child == v.Child && e.AccompaniedBy == v.AccompaniedBy && e.Presented == v.Presented && e.AccompanyingAdult == v.Adult
        && (e.Override?.Reason ?? v.OverrideReason) == v.OverrideReason;

    public static ValidMinorCheck? Validate(MinorTravelCheckRequest r, DateOnly today, FieldErrors errors)
    {
        var id = FieldRules.ClientId(r.Id, errors);
        var post = FieldRules.Post(r.PostCode, "postCode", errors);
        foreach (var (linked, field) in new[] { (r.InterceptionId, "interceptionId"), (r.PersonId, "personId"), (r.CrossingId, "crossingId") })
        {
            if (linked == Guid.Empty)
            {
                errors.Add(field, FieldMessages.EmptyId);
            }
        }
        var child = PersonRules.Validate(r.Child, "child", today, errors, nameRequired: r.Authorisation is not null, nationalityRequired: false);
        if (r.Child is { } asked && PersonRules.AgeOn(today, asked.DateOfBirth, asked.EstimatedAge) >= 18)
        {
            errors.Add(asked.DateOfBirth is null ? "child.estimatedAge" : "child.dateOfBirth", ReferralMessages.NotAMinor);
        }
        var accompaniedBy = FieldRules.RequiredEnum<Accompaniment>(r.AccompaniedBy, "accompaniedBy", errors);
        var adult = r.AccompanyingAdult is { } a ? ReferralValidation.ValidateAdult(a, "accompanyingAdult", errors) : null;
        var presented = r.Authorisation is { } p ? ValidatePresented(p, errors) : null;
        var place = FieldRules.Optional(r.Place, "place", errors, 200);
        var language = string.IsNullOrWhiteSpace(r.Language) ? "ht" : FieldRules.Optional(r.Language, "language", errors, 3)?.ToLowerInvariant();
        var overrideReason = r.OverrideReason is null ? null : FieldRules.Reason(r.OverrideReason, "overrideReason", errors);
        if (errors.Any)
        {
            return null;
        }
        var c = child!;
        return new ValidMinorCheck(id!.Value, post!, r.InterceptionId, r.PersonId, r.CrossingId,
            new ReferredPerson(c.Surname, c.GivenNames, c.Sex, c.DateOfBirth, c.EstimatedAge, c.Nationality),
            accompaniedBy!.Value, adult, presented, string.IsNullOrEmpty(place) ? post! : place, language!, overrideReason);
    }

    private static PresentedAuthorisation? ValidatePresented(PresentedAuthorisationRequest p, FieldErrors errors)
    {
        var number = IssueTravelAuthorisation.Number(p.Number, "authorisation.number", errors);
        var office = string.IsNullOrWhiteSpace(p.IssuingOffice) ? null : p.IssuingOffice.Trim().ToUpperInvariant();
        if (office is not null && !Agencies.IsChildProtection(office))
        {
            errors.Add("authorisation.issuingOffice", M.IssuingOffice);
        }
        var parent = p.AuthorisingParent is null ? null : IssueTravelAuthorisation.ValidateParent(p.AuthorisingParent, "authorisation.authorisingParent", errors);
        return number is null || (office is not null && !Agencies.IsChildProtection(office)) || (p.AuthorisingParent is not null && parent is null)
            ? null
            : new PresentedAuthorisation(number, p.IssuedOn, office, parent);
    }
}
