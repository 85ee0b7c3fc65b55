using BorderPost.ServiceDefaults.Http;
using JasperFx;
using Microsoft.AspNetCore.Http;
using Marten;

namespace BorderPost.ServiceDefaults.EventStore;

/// <summary>
/// How a service runs a decision against one of its streams of <typeparamref name="TState"/>: what answers a stream that
/// is not there, who may act on it, how an event changes it, what the caller gets back, and what a concurrent change
/// says. Declared once per kind of stream; <see cref="RunAsync"/> is the only way steps are written.
/// </summary>
public sealed record StreamStep<TState>(
    Func<HttpContext, IResult> NotFound,
    Func<HttpContext, TState, IResult?> Authorise,
    Func<TState, object, TState> Apply,
    Func<TState, object> Answer,
    LocalizedText ChangedMeanwhile) where TState : class
{
    /// <summary>
    /// Fetches the stream for writing, authorises, decides, appends and commits: <c>200</c> with the answer (also when
    /// the step was already done), the refusal as a problem, or <c>409</c> when another change came first.
    /// </summary>
    public async Task<IResult> RunAsync(HttpContext http, IDocumentSession session, Guid id, Func<TState, Decision> decide)
    {
        var stream = await session.Events.FetchForWriting<TState>(id, http.RequestAborted);
        if (stream.Aggregate is not { } state)
        {
            return NotFound(http);
        }
        if (Authorise(http, state) is { } denied)
        {
            return denied;
        }
        var decision = decide(state);
        if (decision.Refusal is { } refusal)
        {
            return Refused(http, refusal);
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
                return Problems.Status(http, StatusCodes.Status409Conflict, ChangedMeanwhile);
            }
            state = Apply(state, e);
        }
        return Results.Ok(Answer(state));
    }

    private static IResult Refused(HttpContext http, Refusal refusal)
    {
        if (refusal.Field is null)
        {
            return Problems.Status(http, StatusCodes.Status409Conflict, refusal.Message);
        }
        var errors = new FieldErrors();
        errors.Add(refusal.Field, refusal.Message);
        return Problems.Validation(http, errors);
    }
}
