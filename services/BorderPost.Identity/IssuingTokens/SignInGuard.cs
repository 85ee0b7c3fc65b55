using BorderPost.Identity.Users;

namespace BorderPost.Identity.IssuingTokens;

/// <summary>
/// The throttle around a password check, for signing in and for changing one's password: the wait is looked up before
/// any hashing, a failure is counted under the account-and-address and the address keys, and each attempt is recorded
/// as an event. Changes go in the caller's session; the caller saves (and retries on a concurrency conflict).
/// </summary>
public sealed class SignInGuard(SignInThrottle throttle, string username, string address, DateTimeOffset now)
{
    private SignInFailures? _account;
    private SignInFailures? _address;

    public string AccountKey => SignInFailures.AccountKey(username, address);

    public string AddressKey => SignInFailures.AddressKey(address);

    /// <summary>The wait left before the password may be checked; a first refusal in a wait is recorded.</summary>
    public async Task<TimeSpan> WaitAsync(IDocumentSession session, CancellationToken ct)
    {
        var counts = await session.LoadManyAsync<SignInFailures>(ct, AccountKey, AddressKey);
        _account = counts.FirstOrDefault(c => c.Id == AccountKey);
        _address = counts.FirstOrDefault(c => c.Id == AddressKey);
        var wait = Throttling.WaitLeft([_account, _address], now);
        var blocking = new[] { _account, _address }.FirstOrDefault(c => c?.WaitUntil > now && !c.RefusalRecorded);
        if (wait > TimeSpan.Zero && blocking is not null)
        {
            session.Update(blocking with { RefusalRecorded = true });
            Record(session, SignInAttempted.Throttled, Throttling.Seconds(wait));
        }
        return wait;
    }

    public void Failed(IDocumentSession session, string outcome = SignInAttempted.WrongPassword)
    {
        Count(session, _account, Throttling.AfterFailure(_account, AccountKey, throttle.FreeFailuresPerAccount, now, throttle));
        Count(session, _address, Throttling.AfterFailure(_address, AddressKey, throttle.FreeFailuresPerAddress, now, throttle));
        Record(session, outcome, null);
    }

    /// <summary>The right password: the account's count from this address starts again.</summary>
    public void Succeeded(IDocumentSession session, string outcome = SignInAttempted.SignedIn)
    {
        if (_account is not null)
        {
            session.Delete(_account);
        }
        Record(session, outcome, null);
    }

    public void Refused(IDocumentSession session, string outcome) => Record(session, outcome, null);

    /// <summary>
    /// Another attempt changed the same counts meanwhile (Marten reports several at once as an aggregate): the caller
    /// decides again on fresh state.
    /// </summary>
    public static bool IsConflict(Exception ex) =>
        ex is JasperFx.ConcurrencyException or JasperFx.DocumentAlreadyExistsException
        || (ex is AggregateException all && all.InnerExceptions.Count > 0 && all.InnerExceptions.All(IsConflict));

    public static IResult TooMany(HttpContext http, TimeSpan wait)
    {
        var seconds = Throttling.Seconds(wait);
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Status(http, StatusCodes.Status429TooManyRequests, Texts.Get("SignInGuard.TooManyAttempts", seconds));
    }

    // A count never stored is inserted (two first failures at once: one insert fails, and the caller retries).
    private static void Count(IDocumentSession session, SignInFailures? before, SignInFailures after)
    {
        if (before is null)
        {
            session.Insert(after);
        }
        else
        {
            session.Update(after);
        }
    }

    private void Record(IDocumentSession session, string outcome, int? waitSeconds) =>
        session.Events.StartStream(Guid.NewGuid(), new SignInAttempted(username, address, outcome, waitSeconds, now));
}
