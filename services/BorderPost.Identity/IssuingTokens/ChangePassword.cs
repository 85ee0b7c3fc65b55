using BorderPost.Identity.Users;
using JasperFx;
using Microsoft.AspNetCore.Identity;

namespace BorderPost.Identity.IssuingTokens;

public static class ChangePassword
{
    public const int MinLength = 10;

    private static readonly LocalizedText WrongCurrent = Texts.Get("ChangePassword.WrongCurrent");

    private static readonly LocalizedText TooShort = Texts.Get("ChangePassword.TooShort", MinLength);

    private static readonly LocalizedText Same = Texts.Get("ChangePassword.Same");

    /// <summary>The signed-in user changes their own password, giving the current one.</summary>
    public static RouteHandlerBuilder MapChangePassword(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/password", async (HttpContext http, IDocumentSession session, IPasswordHasher<UserAccount> hasher,
                TimeProvider clock, Microsoft.Extensions.Options.IOptions<SignInThrottle> throttle) =>
            {
                var (request, problem) = await ValidRequest.ReadAsync(http, (PasswordChangeRequest r, FieldErrors errors) => Validate(r, errors));
                if (problem is not null)
                {
                    return problem;
                }
                // Wrong current passwords are throttled as sign-ins are: an unattended session cannot be used to guess.
                var guard = new SignInGuard(throttle.Value, http.User.UserName(), ClientAddress.Of(http), clock.GetUtcNow());
                var wait = await guard.WaitAsync(session, http.RequestAborted);
                if (wait > TimeSpan.Zero)
                {
                    try
                    {
                        await session.SaveChangesAsync(http.RequestAborted);
                    }
                    catch (Exception ex) when (SignInGuard.IsConflict(ex))
                    {
                        // Another refused try recorded this wait at the same moment: this one is answered the same way.
                    }
                    return SignInGuard.TooMany(http, wait);
                }
                var user = await session.LoadAsync<UserAccount>(http.User.UserName(), http.RequestAborted);
                var matches = user is not null
                    && hasher.VerifyHashedPassword(user, user.PasswordHash, request!.CurrentPassword!) != PasswordVerificationResult.Failed;
                if (SignIn.Decide(user, matches) != SignIn.Result.Issued)
                {
                    guard.Failed(session);
                    try
                    {
                        await session.SaveChangesAsync(http.RequestAborted);
                    }
                    catch (Exception ex) when (SignInGuard.IsConflict(ex))
                    {
                        // Another wrong try was counted at the same moment: this one is answered the same way.
                    }
                    var wrong = new FieldErrors();
                    wrong.Add("currentPassword", WrongCurrent);
                    return Problems.Validation(http, wrong);
                }
                guard.Succeeded(session, SignInAttempted.PasswordChanged);
                session.Store(user! with { PasswordHash = hasher.HashPassword(user, request!.NewPassword!), MustChangePassword = false });
                try
                {
                    await session.SaveChangesAsync(http.RequestAborted);
                }
                catch (ConcurrencyException)
                {
                    return Problems.Status(http, StatusCodes.Status409Conflict,
                        Texts.Get("ChangePassword.ChangedMeanwhile"));
                }
                return Results.NoContent();
            })
            .ReadsJson<PasswordChangeRequest>()
            .Produces(204)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization();

    private static PasswordChangeRequest Validate(PasswordChangeRequest request, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            errors.Add("currentPassword", CommonText.Required);
        }
        if (string.IsNullOrEmpty(request.NewPassword) || request.NewPassword.Length < MinLength || request.NewPassword.Length > 200)
        {
            errors.Add("newPassword", TooShort);
        }
        else if (request.NewPassword == request.CurrentPassword)
        {
            errors.Add("newPassword", Same);
        }
        return request;
    }
}
