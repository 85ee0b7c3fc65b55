namespace BorderPost.Arrests.Custody;

public static class TransferSuspect
{
    public static RouteHandlerBuilder MapTransferSuspect(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/arrests/{id:guid}/transfer", async (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<TransferRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                var now = clock.GetUtcNow();
                var to = FieldRules.RequiredEnum<TransferRecipient>(request!.To, "to", errors);
                var receivedBy = FieldRules.Name(request.ReceivedBy, "receivedBy", required: true, errors);
                var at = FieldRules.Instant(request.TransferredAt, "transferredAt", now, errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                return await ArrestSteps.OfMyPost.RunAsync(http, session, id, arrest => CustodyStep.Decide(arrest,
                    held => new SuspectTransferred(held.Id, to!.Value, receivedBy!, at!.Value, http.User.UserName(), now),
                    done => done.Transfer is { } t && t.To == to && t.ReceivedBy == receivedBy && t.TransferredAt == at));
            })
            .ReadsJson<TransferRequest>()
            .Produces<ArrestView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
