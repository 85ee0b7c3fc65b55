using System.Text.Json;
using BorderPost.Protection.FromArrests;
using BorderPost.Protection.Inbox;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection.Referring;

public static class ReferPerson
{
    public enum Outcome { Referred, DetailsAdded, Replay, Conflict, ListedDifferently }

    /// <summary>
    /// Decides what an officer's referral does to a stream that may exist already: the arrest listing the person may
    /// have opened it (details pending: they are added), or this is a retry (same details: nothing changes).
    /// </summary>
    public static (Outcome, object?) Decide(Referral? existing, ValidReferral referral, string by, DateTimeOffset now, TimeSpan acknowledgeWithin)
    {
        if (existing is null)
        {
            return (Outcome.Referred, new Referred(referral.Id, referral.Kind, referral.PostCode, referral.Agency, referral.ArrestId,
                referral.Details, by, now, now + acknowledgeWithin));
        }
        if (existing.Kind != referral.Kind || existing.PostCode != referral.PostCode)
        {
            return (existing.Details is null ? Outcome.ListedDifferently : Outcome.Conflict, null);
        }
        if (existing.Details is null
            && ((referral.AgencyChosen && referral.Agency != existing.Agency) || (referral.ArrestId is { } a && existing.ArrestId is { } b && a != b)))
        {
            return (Outcome.ListedDifferently, null); // the arrest listed this person with another agency or arrest
        }
        if (existing.Details is null)
        {
            return (Outcome.DetailsAdded, new ReferralDetailsRecorded(referral.Id, referral.Details, referral.ArrestId, by, now));
        }
        return SameContent(existing.Details, referral.Details) ? (Outcome.Replay, null) : (Outcome.Conflict, null);
    }

    /// <summary>
    /// Keeps an officer's referral: opens the stream, adds the details to the one an arrest opened, or leaves a retry
    /// alone. Returns what it did and the referral as it stands (as it was, on a conflict). Used by the endpoint, and at
    /// headquarters for the referrals officers made at post nodes.
    /// </summary>
    public static async Task<(Outcome Outcome, Referral? State)> KeepAsync(IDocumentStore store, ValidReferral referral, string by,
        DateTimeOffset at, TimeSpan acknowledgeWithin, CancellationToken ct)
    {
        // The arrest listing this person may start the same stream at the same moment: the loser of that race reads
        // again and adds its details to the stream the other started.
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var stream = await session.Events.FetchForWriting<Referral>(referral.Id, ct);
            var (outcome, e) = Decide(stream.Aggregate, referral, by, at, acknowledgeWithin);
            if (outcome is Outcome.Conflict or Outcome.ListedDifferently)
            {
                return (outcome, stream.Aggregate);
            }
            var state = stream.Aggregate;
            if (e is Referred referred)
            {
                session.Events.StartStream<Referral>(referral.Id, referred);
                state = Referral.Create(referred);
            }
            else if (e is not null)
            {
                stream.AppendOne(e);
                state = ReferralFolding.Apply(state!, e);
            }
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (Exception ex) when (WritingOnce.IsAlreadyThere(ex) && attempt < 3)
            {
                continue;
            }
            return (outcome, state);
        }
    }

    /// <summary>True when the referral names an arrest another post recorded.</summary>
    public static async Task<bool> CitesOtherPostsArrestAsync(IDocumentStore store, ValidReferral referral, CancellationToken ct)
    {
        if (referral.ArrestId is not { } arrestId)
        {
            return false;
        }
        await using var query = store.QuerySession();
        var arrest = await query.LoadAsync<KnownArrest>(arrestId, ct);
        return arrest is not null && arrest.PostCode != referral.PostCode;
    }

    private static bool SameContent(ReferralDetails a, ReferralDetails b) =>
        JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);

    public static RouteHandlerBuilder MapReferPerson(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/referrals", async (HttpContext http, IDocumentStore store, ReferralClock clock, IOptions<ProtectionOptions> options) =>
            {
                var now = clock.Now;
                var (referral, problem) = await ValidRequest.ReadAsync(http,
                    (ReferralRequest request, FieldErrors errors) => ReferralValidation.Validate(request, HaitiCalendar.DayOf(now), errors));
                if (problem is not null)
                {
                    return problem;
                }
                if (!http.User.WorksAt(referral!.PostCode))
                {
                    return ProtectionProblems.OtherPost(http);
                }
                if (await CitesOtherPostsArrestAsync(store, referral, http.RequestAborted))
                {
                    var errors = new FieldErrors();
                    errors.Add("arrestId", ReferralMessages.OtherPostsArrest);
                    return Problems.Validation(http, errors);
                }

                var (outcome, state) = await KeepAsync(store, referral, http.User.UserName(), now, options.Value.AcknowledgeWithin(referral.Kind),
                    http.RequestAborted);
                return outcome switch
                {
                    Outcome.Conflict => ProtectionProblems.IdConflict(http),
                    Outcome.ListedDifferently => ProtectionProblems.ListedDifferently(http, state!),
                    _ => Results.Created($"/api/referrals/{referral.Id}", ReferralAnswers.Summary(state!, now, ReferralAccess.SeesAlarms(http.User))),
                };
            })
            .ReadsJson<ReferralRequest>()
            .Produces<ReferralSummary>(201)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
