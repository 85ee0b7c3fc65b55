namespace BorderPost.Arrests.Custody;

public static class TransferSuspect
{
    public static RouteHandlerBuilder MapTransferSuspect(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/arrests/{id:guid}/transfer", (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
            {
                var now = clock.GetUtcNow();
                return ValidRequest.HandleAsync(http,
                    (TransferRequest request, FieldErrors errors) => (
                        To: FieldRules.RequiredEnum<TransferRecipient>(request.To, "to", errors),
                        ReceivedBy: FieldRules.Name(request.ReceivedBy, "receivedBy", required: true, errors),
                        At: FieldRules.Instant(request.TransferredAt, "transferredAt", now, errors)),
                    valid => ArrestSteps.OfMyPost.RunAsync(http, session, id, arrest => CustodyStep.Decide(arrest,
                        held => new SuspectTransferred(held.Id, valid.To!.Value, valid.ReceivedBy!, valid.At!.Value, http.User.UserName(), now),
                        done => done.Transfer is { } t && t.To == valid.To && t.ReceivedBy == valid.ReceivedBy && t.TransferredAt == valid.At)));
            })
            .ReadsJson<TransferRequest>()
            .Produces<ArrestView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
