using BorderPost.Identity.Users;
using BorderPost.ServiceDefaults.EventStore;
using JasperFx;
using Microsoft.AspNetCore.Identity;

namespace BorderPost.Identity.ManagingUsers;

/// <summary>
/// The admin's user management: list, create with a role and a post or agency, change them, disable or enable, reset
/// a password; each step is an audit event (UserAdministered). Never shows password hashes. Tokens already issued run out on their own
/// (15 minutes by default).
/// </summary>
public static class ManageUsers
{
    private static readonly LocalizedText Exists = Texts.Get("ManageUsers.Exists");
    private static readonly LocalizedText NotFound = Texts.Get("ManageUsers.NotFound");
    private static readonly LocalizedText NotYourself = Texts.Get("ManageUsers.NotYourself");
    private static readonly LocalizedText NotYourRole = Texts.Get("ManageUsers.NotYourRole");

    private static readonly LocalizedText ChangedMeanwhile = Texts.Get("ManageUsers.ChangedMeanwhile");

    public static UserView View(UserAccount u) => new(u.Id, u.DisplayName, u.Role, u.PostCode, u.Agency, u.Disabled);

    public static WebApplication MapManageUsers(this WebApplication app)
    {
        var users = app.MapGroup("/api/users").RequireAuthorization(BorderPostPolicies.Admin);

        users.MapGet("", async (HttpContext http, IQuerySession session, TimeProvider clock) =>
        {
            var all = await session.Query<UserAccount>().OrderBy(u => u.Id).ToListAsync(http.RequestAborted);
            return Results.Ok(all.Select(u => View(u)).ToList());
        });

        users.MapPost("", async (HttpContext http, IDocumentSession session, IPasswordHasher<UserAccount> hasher, TimeProvider clock) =>
        {
            var (valid, problem) = await ValidRequest.ReadAsync(http,
                (UserRequest request, FieldErrors errors) => (User: UserValidation.Validate(request, errors, withUsername: true, withPassword: true), request.Password));
            if (problem is not null)
            {
                return problem;
            }
            var (newUser, password) = valid;
            if (await session.LoadAsync<UserAccount>(newUser!.Id, http.RequestAborted) is not null)
            {
                return Problems.Status(http, StatusCodes.Status409Conflict, Exists);
            }
            var user = new UserAccount(newUser!.Id, newUser.DisplayName, newUser.Role, newUser.Post, newUser.Agency, "");
            session.Insert(user with { PasswordHash = hasher.HashPassword(user, password!) });
            Audit(session, http, clock, user, UserAdministered.Created);
            if (!await session.SaveUnlessExistsAsync(http.RequestAborted))
            {
                return Problems.Status(http, StatusCodes.Status409Conflict, Exists); // created meanwhile by another request
            }
            return Results.Created($"/api/users/{user.Id}", View(user));
        });

        users.MapPost("/{id}/update", (string id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
            ChangeAsync(http, session, clock, id, UserAdministered.Changed, async user =>
            {
                var (valid, problem) = await ValidRequest.ReadAsync(http,
                    (UserRequest request, FieldErrors errors) => UserValidation.Validate(request, errors, withUsername: false, withPassword: false));
                if (problem is not null)
                {
                    return (null, problem);
                }
                if (user.Id == http.User.UserName() && valid!.Role != user.Role)
                {
                    return (null, Problems.Status(http, StatusCodes.Status409Conflict, NotYourRole)); // never leave the system without an admin
                }
                return (user with { DisplayName = valid!.DisplayName, Role = valid.Role, PostCode = valid.Post, Agency = valid.Agency }, null);
            }));

        users.MapPost("/{id}/disable", (string id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
            ChangeAsync(http, session, clock, id, UserAdministered.Disabled, user => Task.FromResult<(UserAccount?, IResult?)>(
                user.Id == http.User.UserName()
                    ? (null, Problems.Status(http, StatusCodes.Status409Conflict, NotYourself))
                    : (user with { Disabled = true }, null))));

        users.MapPost("/{id}/enable", (string id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
            ChangeAsync(http, session, clock, id, UserAdministered.Enabled, user => Task.FromResult<(UserAccount?, IResult?)>((user with { Disabled = false }, null))));

        users.MapPost("/{id}/password", (string id, HttpContext http, IDocumentSession session, TimeProvider clock, IPasswordHasher<UserAccount> hasher) =>
            ChangeAsync(http, session, clock, id, UserAdministered.PasswordReset, async user =>
            {
                var (password, problem) = await ValidRequest.ReadAsync(http, (PasswordResetRequest request, FieldErrors errors) =>
                {
                    if (!UserValidation.ValidPassword(request.Password))
                    {
                        errors.Add("password", UserValidation.PasswordMessage);
                    }
                    return request.Password;
                });
                if (problem is not null)
                {
                    return (null, problem);
                }
                // The owner must change it at the next sign-in: the admin who set it cannot use it to act as them.
                return (user with { PasswordHash = hasher.HashPassword(user, password!), MustChangePassword = true }, null);
            }));
        return app;
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, IDocumentSession session, TimeProvider clock, string id, string action,
        Func<UserAccount, Task<(UserAccount? Changed, IResult? Problem)>> change)
    {
        var user = await session.LoadAsync<UserAccount>(id.ToLowerInvariant(), http.RequestAborted);
        if (user is null)
        {
            return Problems.Status(http, StatusCodes.Status404NotFound, NotFound);
        }
        var (changed, problem) = await change(user);
        if (problem is not null)
        {
            return problem;
        }
        session.Store(changed!);
        Audit(session, http, clock, changed!, action);
        try
        {
            await session.SaveChangesAsync(http.RequestAborted);
        }
        catch (ConcurrencyException)
        {
            return Problems.Status(http, StatusCodes.Status409Conflict, ChangedMeanwhile);
        }
        return Results.Ok(View(changed!));
    }

    private static void Audit(IDocumentSession session, HttpContext http, TimeProvider clock, UserAccount user, string action) =>
        session.Events.StartStream(Guid.NewGuid(), new UserAdministered(
            user.Id, action, http.User.UserName(), ClientAddress.Of(http), clock.GetUtcNow(),
            action is UserAdministered.Created or UserAdministered.Changed
                ? $"role={user.Role}; post={user.PostCode ?? "-"}; agency={user.Agency ?? "-"}"
                : null));
}
