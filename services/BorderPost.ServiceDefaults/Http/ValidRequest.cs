using Microsoft.AspNetCore.Http;

namespace BorderPost.ServiceDefaults.Http;

/// <summary>
/// The one way a write endpoint opens: read the JSON body (<see cref="JsonBody"/>: 415, 413 or a 400 naming the
/// malformed field), validate it collecting every field error, and go on only with a valid request; otherwise a 400
/// problem naming each bad field in the caller's language. Nothing is written before this has passed.
/// </summary>
public static class ValidRequest
{
    public static async Task<(TValid? Valid, IResult? Problem)> ReadAsync<TRequest, TValid>(
        HttpContext http, Func<TRequest, FieldErrors, TValid?> validate)
        where TRequest : class
    {
        var (request, problem) = await JsonBody.ReadAsync<TRequest>(http);
        if (problem is not null)
        {
            return (default, problem);
        }
        var errors = new FieldErrors();
        var valid = validate(request!, errors);
        return errors.Any ? (default, Problems.Validation(http, errors)) : (valid, null);
    }

    /// <summary>Reads and validates the body, then answers with <paramref name="handle"/> on the valid request.</summary>
    public static async Task<IResult> HandleAsync<TRequest, TValid>(
        HttpContext http, Func<TRequest, FieldErrors, TValid?> validate, Func<TValid, Task<IResult>> handle)
        where TRequest : class
    {
        var (valid, problem) = await ReadAsync(http, validate);
        return problem ?? await handle(valid!);
    }
}
