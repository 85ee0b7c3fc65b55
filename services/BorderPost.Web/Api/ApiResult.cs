namespace BorderPost.Web.Api;

/// <summary>
/// A service's answer as a page needs it: the status, and for a problem its title and the messages per field (already in
/// the user's language). Status 0 means the service could not be reached.
/// </summary>
public record ApiResult(int Status, string? Title, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Ok => Status is >= 200 and < 300;

    /// <summary>The service is down or overloaded: the user may retry the same submission safely.</summary>
    public bool Unavailable => Status is 0 or 502 or 503 or 504;

    public bool SessionExpired => Status == 401;

    public static IReadOnlyDictionary<string, string[]> NoErrors { get; } = new Dictionary<string, string[]>();
}

/// <summary>An answer whose body, when the call succeeded, is a <typeparamref name="T"/> (null otherwise).</summary>
public sealed record ApiResult<T>(int Status, T? Value, string? Title, IReadOnlyDictionary<string, string[]> Errors)
    : ApiResult(Status, Title, Errors) where T : class;

/// <summary>The answer of a call that returns no body (<c>204</c>).</summary>
public sealed record NoBody;
