using BorderPost.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BorderPost.Identity.IssuingTokens;

public static class IssueToken
{
    private const int MaxAttempts = 20;

    private static readonly LocalizedText InvalidUsername = Texts.Get("IssueToken.InvalidUsername");

    private static readonly LocalizedText Busy = Texts.Get("IssueToken.Busy");

    private static readonly LocalizedText Rejected = Texts.Get("IssueToken.Rejected");
    private static readonly LocalizedText Disabled = Texts.Get("IssueToken.Disabled");


    public static RouteHandlerBuilder MapIssueToken(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/token", async (HttpContext http, IDocumentStore store, IPasswordHasher<UserAccount> hasher,
                TokenIssuer issuer, IOptions<SignInThrottle> throttle, TimeProvider clock) =>
            {
                var (request, problem) = await ValidRequest.ReadAsync(http, (TokenRequest r, FieldErrors errors) => Validate(r, errors));
                if (problem is not null)
                {
                    return problem;
                }

                var username = request!.Username!.Trim().ToLowerInvariant();
                for (var attempt = 0; ; attempt++)
                {
                    await using var session = store.LightweightSession(); // fresh per attempt: a failed save leaves its changes behind
                    var guard = new SignInGuard(throttle.Value, username, ClientAddress.Of(http), clock.GetUtcNow());
                    // The wait is looked up before any hashing: a flood of guesses costs a read each, not a hash.
                    var wait = await guard.WaitAsync(session, http.RequestAborted);
                    UserAccount? user = null;
                    var result = SignIn.Result.Rejected;
                    if (wait == TimeSpan.Zero)
                    {
                        user = await session.LoadAsync<UserAccount>(username, http.RequestAborted);
                        var matches = user is not null
                            && hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password!) != PasswordVerificationResult.Failed;
                        result = SignIn.Decide(user, matches);
                        switch (result)
                        {
                            case SignIn.Result.Issued:
                                guard.Succeeded(session);
                                break;
                            case SignIn.Result.Disabled:
                                guard.Refused(session, SignInAttempted.Disabled);
                                break;
                            default:
                                guard.Failed(session);
                                break;
                        }
                    }
                    try
                    {
                        await session.SaveChangesAsync(http.RequestAborted);
                    }
                    catch (Exception ex) when (SignInGuard.IsConflict(ex) && attempt < MaxAttempts)
                    {
                        continue; // another attempt changed the counts meanwhile: decide again on fresh state
                    }
                    catch (Exception ex) when (SignInGuard.IsConflict(ex))
                    {
                        return Problems.Status(http, StatusCodes.Status503ServiceUnavailable, Busy);
                    }
                    return wait > TimeSpan.Zero ? SignInGuard.TooMany(http, wait) : result switch
                    {
                        SignIn.Result.Issued => Results.Ok(ToResponse(issuer.Issue(user!))),
                        SignIn.Result.Disabled => Problems.Status(http, StatusCodes.Status401Unauthorized, Disabled),
                        _ => Problems.Status(http, StatusCodes.Status401Unauthorized, Rejected),
                    };
                }
            })
            .ReadsJson<TokenRequest>()
            .Produces<TokenResponse>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AllowAnonymous();

    private static TokenResponse ToResponse((string Token, int ExpiresIn) issued) => new(issued.Token, issued.ExpiresIn, "Bearer");

    internal static TokenRequest Validate(TokenRequest request, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(request.Username))
        {
            errors.Add("username", CommonText.Required);
        }
        else if (request.Username.Length > 100 || request.Username.Any(char.IsControl))
        {
            errors.Add("username", InvalidUsername);
        }
        if (string.IsNullOrEmpty(request.Password))
        {
            errors.Add("password", CommonText.Required);
        }
        return request;
    }
}
