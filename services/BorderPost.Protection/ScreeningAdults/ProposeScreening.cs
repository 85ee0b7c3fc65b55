namespace BorderPost.Protection.ScreeningAdults;

public static class ProposeScreening
{
    /// <summary>
    /// <c>POST /api/screenings/proposal</c> (post staff), with <c>{answers}</c>: what BorderPost would propose from these answers, and the
    /// indicators that lead there, before the officer decides. Nothing is stored: the answers are sent again with the
    /// decision.
    /// </summary>
    public static RouteHandlerBuilder MapProposeScreening(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/screenings/proposal", (HttpContext http, CancellationToken _) =>
                ValidRequest.HandleAsync(http,
                    (ScreeningProposalRequest request, FieldErrors errors) => RecordScreening.ValidateAnswers(request.Answers, errors),
                    valid =>
                    {
                        var proposal = ScreeningRules.Propose(valid);
                        http.Response.Headers.CacheControl = "no-store";
                        return Task.FromResult(Results.Ok(new ScreeningProposalView(EnumText.ToWire(proposal.Outcome), proposal.Indicators)));
                    }))
            .ReadsJson<ScreeningProposalRequest>()
            .Produces<ScreeningProposalView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
