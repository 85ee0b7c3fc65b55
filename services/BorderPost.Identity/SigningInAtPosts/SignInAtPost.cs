using System.Security.Claims;
using System.Text.Json;
using BorderPost.Identity.IssuingTokens;
using BorderPost.Identity.Users;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BorderPost.Identity.SigningInAtPosts;

/// <summary>
/// <c>POST /api/auth/token</c> at a post node. Link up: headquarters decides and its answer is passed on; an officer or
/// supervisor of this post it accepted is kept here with the post's own hash of the password, and one it refuses is
/// forgotten. Link down (or headquarters failing or slower than the timeout): a kept account whose confirmation is
/// younger than <see cref="PostSignInSettings.CachedAccountLifetime"/> signs in with a token the post signs with its own
/// key, which only this post's services trust; anyone else is told headquarters cannot be reached (503).
/// </summary>
public static class SignInAtPost
{
    private const int MaxAttempts = 20;

    private static readonly LocalizedText Rejected = Texts.Get("IssueToken.Rejected");
    private static readonly LocalizedText Busy = Texts.Get("IssueToken.Busy");

    public static RouteHandlerBuilder MapSignInAtPost(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/token", async (HttpContext http, HeadquartersSignIn headquarters, IDocumentStore store,
                IPasswordHasher<UserAccount> hasher, TokenIssuer issuer, PostSignInSettings settings,
                IOptions<SignInThrottle> throttle, IOptionsMonitor<JwtBearerOptions> bearer, TimeProvider clock,
                ILogger<HeadquartersSignIn> logger) =>
            {
                var (request, problem) = await ValidRequest.ReadAsync(http, (TokenRequest r, FieldErrors errors) => IssueToken.Validate(r, errors));
                if (problem is not null)
                {
                    return problem;
                }
                var username = request!.Username!.Trim().ToLowerInvariant();
                var address = ClientAddress.Of(http);
                var answer = await headquarters.SignInAsync(request, http.Request.Headers.AcceptLanguage.ToString(), address, http.RequestAborted);
                if (answer is not null)
                {
                    var accepted = await AcceptedAsync(answer, bearer.Get(JwtBearerDefaults.AuthenticationScheme));
                    // Another post's officer or supervisor: every service of this node would refuse the token, so say it now.
                    if (accepted?.FindFirst(BorderPostClaims.Post)?.Value is { } own && ServingOnePost.Refuses(settings.Post, own))
                    {
                        return Problems.Status(http, StatusCodes.Status403Forbidden, ServingOnePost.OtherPostsNode(settings.Post, own));
                    }
                    try
                    {
                        await KeepAsync(answer.Status, accepted, username, request.Password!, store, hasher, settings, clock, http.RequestAborted);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // The post's database is away: headquarters' answer stands; the account is kept next time.
                        logger.LogWarning(ex, "Could not keep {Username}'s account at the post", username);
                    }
                    if (answer.RetryAfter is { } retryAfter)
                    {
                        http.Response.Headers.RetryAfter = retryAfter;
                    }
                    return Results.Text(answer.Body, answer.ContentType, statusCode: answer.Status);
                }
                return await AloneAsync(http, username, request.Password!, store, hasher, issuer, settings, throttle.Value, clock);
            })
            .ReadsJson<TokenRequest>()
            .Produces<TokenResponse>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AllowAnonymous();

    /// <summary>
    /// The signed-in account of headquarters' 200, validated with headquarters' public key (an answer that is not
    /// headquarters' is no account); null for any other answer.
    /// </summary>
    private static async Task<ClaimsIdentity?> AcceptedAsync(HeadquartersSignIn.Answer answer, JwtBearerOptions bearer)
    {
        if (answer.Status != StatusCodes.Status200OK)
        {
            return null;
        }
        string? token;
        try
        {
            token = JsonSerializer.Deserialize<TokenResponse>(answer.Body)?.AccessToken;
        }
        catch (JsonException)
        {
            return null;
        }
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token, bearer.TokenValidationParameters);
        return validation.IsValid ? validation.ClaimsIdentity : null;
    }

    /// <summary>Keeps the account headquarters accepted, if it is one this post keeps; forgets one it refused.</summary>
    private static async Task KeepAsync(int status, ClaimsIdentity? accepted, string username, string password,
        IDocumentStore store, IPasswordHasher<UserAccount> hasher, PostSignInSettings settings, TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (status == StatusCodes.Status401Unauthorized)
        {
            session.Delete<CachedAccount>(username); // a wrong password, a disabled account: nothing is signed in here alone
        }
        else if (status == StatusCodes.Status200OK)
        {
            if (accepted is not null && OfflineSignIn.Keeps(accepted, settings.Post)
                && accepted.FindFirst(BorderPostClaims.Subject)!.Value == username)
            {
                var claims = accepted;
                var account = new CachedAccount(username, claims.FindFirst(BorderPostClaims.Name)?.Value ?? username,
                    claims.FindFirst(BorderPostClaims.Role)!.Value, settings.Post, "", clock.GetUtcNow());
                session.Store(account with { PasswordHash = hasher.HashPassword(AsUser(account), password) });
            }
            else
            {
                session.Delete<CachedAccount>(username);
            }
        }
        await session.SaveChangesAsync(ct);
    }

    private static async Task<IResult> AloneAsync(HttpContext http, string username, string password, IDocumentStore store,
        IPasswordHasher<UserAccount> hasher, TokenIssuer issuer, PostSignInSettings settings, SignInThrottle throttle, TimeProvider clock)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var now = clock.GetUtcNow();
            var guard = new SignInGuard(throttle, username, ClientAddress.Of(http), now);
            var wait = await guard.WaitAsync(session, http.RequestAborted);
            var result = OfflineSignIn.Result.Rejected;
            CachedAccount? account = null;
            if (wait == TimeSpan.Zero)
            {
                account = await session.LoadAsync<CachedAccount>(username, http.RequestAborted);
                var matches = account is not null
                    && hasher.VerifyHashedPassword(AsUser(account), account.PasswordHash, password) != PasswordVerificationResult.Failed;
                result = OfflineSignIn.Decide(account, matches, now, settings.CachedAccountLifetime);
                switch (result)
                {
                    case OfflineSignIn.Result.Issued:
                        guard.Succeeded(session, SignInAttempted.SignedInAtPost);
                        break;
                    case OfflineSignIn.Result.Rejected:
                        guard.Failed(session);
                        break;
                    default:
                        guard.Refused(session, SignInAttempted.HeadquartersUnreachable);
                        break;
                }
            }
            try
            {
                await session.SaveChangesAsync(http.RequestAborted);
            }
            catch (Exception ex) when (SignInGuard.IsConflict(ex) && attempt < MaxAttempts)
            {
                continue;
            }
            catch (Exception ex) when (SignInGuard.IsConflict(ex))
            {
                return Problems.Status(http, StatusCodes.Status503ServiceUnavailable, Busy);
            }
            if (wait > TimeSpan.Zero)
            {
                return SignInGuard.TooMany(http, wait);
            }
            switch (result)
            {
                case OfflineSignIn.Result.Issued:
                    var (token, expiresIn) = issuer.Issue(AsUser(account!));
                    http.Response.Headers["BorderPost-Signed-In-At"] = "post";
                    return Results.Ok(new TokenResponse(token, expiresIn, "Bearer"));
                case OfflineSignIn.Result.Rejected:
                    return Problems.Status(http, StatusCodes.Status401Unauthorized, Rejected);
                default:
                    http.Response.Headers.RetryAfter = "60";
                    return Problems.Status(http, StatusCodes.Status503ServiceUnavailable, Texts.Get("SignInAtPost.HeadquartersUnreachable"),
                        Texts.Get("SignInAtPost.NotKept", (int)Math.Round(settings.CachedAccountLifetime.TotalDays)));
            }
        }
    }

    private static UserAccount AsUser(CachedAccount account) =>
        new(account.Id, account.DisplayName, account.Role, account.PostCode, null, account.PasswordHash);
}
