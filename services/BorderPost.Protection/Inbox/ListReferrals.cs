using Marten.Pagination;

namespace BorderPost.Protection.Inbox;

public static class ListReferrals
{
    /// <summary>Which referrals by status: <c>open</c> (default: not closed), <c>all</c>, or one status.</summary>
    public enum StatusFilter { Open, All, Referred, Acknowledged, HandedOver, Closed }

    /// <summary>
    /// The inbox, oldest first: a protection officer sees the referrals with their agency, an officer or supervisor those
    /// of their post. <c>?status=open|all|referred|acknowledged|handed_over|closed&amp;kind=minor|victim&amp;overdue=true&amp;arrestId=…</c>;
    /// overdue alarms for protection officers and supervisors only. No names: see the detail endpoint.
    /// </summary>
    public static RouteHandlerBuilder MapListReferrals(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/referrals", async (HttpContext http, IQuerySession session, ReferralClock clock) =>
            {
                var query = http.Request.Query;
                var errors = new FieldErrors();
                var status = query.ContainsKey("status") ? FieldRules.Enum<StatusFilter>(query["status"].ToString(), "status", errors) : StatusFilter.Open;
                var kind = query.ContainsKey("kind") ? FieldRules.Enum<ReferralKind>(query["kind"].ToString(), "kind", errors) : null;
                Guid? arrestId = null;
                if (query.ContainsKey("arrestId"))
                {
                    arrestId = Guid.TryParse(query["arrestId"].ToString(), out var a) ? a : null;
                    if (arrestId is null)
                    {
                        errors.Add("arrestId", FieldMessages.EmptyId);
                    }
                }
                bool? overdue = null;
                if (query.ContainsKey("overdue"))
                {
                    if (bool.TryParse(query["overdue"].ToString(), out var o))
                    {
                        overdue = o;
                    }
                    else
                    {
                        errors.Add("overdue", FieldMessages.OneOf(["true", "false"]));
                    }
                }
                var page = FieldRules.QueryInt(query["page"].ToString(), 1, 1, 100_000, "page", errors);
                var pageSize = FieldRules.QueryInt(query["pageSize"].ToString(), 50, 1, 200, "pageSize", errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                var showAlarms = ReferralAccess.SeesAlarms(http.User);
                if (overdue is not null && !showAlarms)
                {
                    return ProtectionProblems.AlarmsForSupervisors(http);
                }

                IQueryable<Referral> referrals = session.Query<Referral>();
                if (http.User.IsInRole(Roles.Protection))
                {
                    var agency = http.User.AgencyCode();
                    referrals = referrals.Where(r => r.Agency == agency);
                }
                else
                {
                    var post = http.User.PostCode();
                    referrals = referrals.Where(r => r.PostCode == post);
                }
                referrals = status switch
                {
                    StatusFilter.Open => referrals.Where(r => r.Status != ReferralStatus.Closed),
                    StatusFilter.All => referrals,
                    StatusFilter.Referred => referrals.Where(r => r.Status == ReferralStatus.Referred),
                    StatusFilter.Acknowledged => referrals.Where(r => r.Status == ReferralStatus.Acknowledged),
                    StatusFilter.HandedOver => referrals.Where(r => r.Status == ReferralStatus.HandedOver),
                    _ => referrals.Where(r => r.Status == ReferralStatus.Closed),
                };
                if (arrestId is { } arrest)
                {
                    referrals = referrals.Where(r => r.ArrestId == arrest);
                }
                if (kind is { } k)
                {
                    referrals = referrals.Where(r => r.Kind == k);
                }
                var now = clock.Now;
                referrals = overdue switch
                {
                    true => referrals.Where(r => r.Status == ReferralStatus.Referred && r.AcknowledgeBy < now),
                    false => referrals.Where(r => r.Status != ReferralStatus.Referred || r.AcknowledgeBy >= now),
                    null => referrals,
                };
                var results = await referrals.OrderBy(r => r.ReferredAt).ToPagedListAsync(page, pageSize, http.RequestAborted);
                return Results.Ok(new ReferralPage(page, pageSize, results.TotalItemCount,
                    results.Select(r => ReferralAnswers.Summary(r, now, showAlarms)).ToList()));
            })
            .Produces<ReferralPage>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(ProtectionPolicies.ReferralReaders);
}
