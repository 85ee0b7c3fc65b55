using M = BorderPost.Arrests.Intercepting.InterceptionMessages;

namespace BorderPost.Arrests.Intercepting;

/// <summary>Records made from a stopped group: each names the interception and the person of the group it is about.</summary>
public static class InterceptionLinks
{
    /// <summary>The interception exists at the post and the person is one of its group; else the fields named.</summary>
    public static async Task<FieldErrors> CheckAsync(IQuerySession session, InterceptedAs link, string postCode, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var interception = await session.LoadAsync<Interception>(link.InterceptionId, ct);
        if (interception is null || interception.PostCode != postCode)
        {
            errors.Add("interceptionId", M.UnknownInterception);
        }
        else if (interception.Details.People.All(p => p.Id != link.PersonId))
        {
            errors.Add("interceptedPersonId", M.NotOfTheGroup);
        }
        return errors;
    }
}
