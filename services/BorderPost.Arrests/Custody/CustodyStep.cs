using BorderPost.Arrests.ViewingArrests;
using BorderPost.ServiceDefaults.Authentication;
using JasperFx;
using Marten;

namespace BorderPost.Arrests.Custody;

/// <summary>
/// Appends a custody step (transfer or release) to an arrest of the user's post. Only a suspect still held can be
/// transferred or released; repeating the same step (a client's retry) answers as the first time did.
/// </summary>
internal static class CustodyStep
{
    public static async Task<IResult> AppendAsync(HttpContext http, IDocumentSession session, Guid id,
        Func<Arrest, object?> decide, Func<Arrest, bool> isReplay)
    {
        var stream = await session.Events.FetchForWriting<Arrest>(id, http.RequestAborted);
        if (stream.Aggregate is not { } arrest || !http.User.WorksAt(arrest.PostCode))
        {
            return ArrestProblems.NotFound(http);
        }
        if (arrest.Custody != SuspectCustody.Held)
        {
            return isReplay(arrest) ? Results.Ok(ArrestAnswers.View(arrest)) : ArrestProblems.NotInCustody(http, arrest.Custody);
        }
        var step = decide(arrest)!;
        stream.AppendOne(step);
        try
        {
            await session.SaveChangesAsync(http.RequestAborted);
        }
        catch (ConcurrencyException)
        {
            return ArrestProblems.ChangedMeanwhile(http);
        }
        var next = step switch
        {
            SuspectTransferred t => arrest.Apply(t),
            SuspectReleased r => arrest.Apply(r),
            _ => arrest,
        };
        return Results.Ok(ArrestAnswers.View(next));
    }
}
