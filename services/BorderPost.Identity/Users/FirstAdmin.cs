using BorderPost.Identity.ManagingUsers;
using Microsoft.AspNetCore.Identity;

namespace BorderPost.Identity.Users;

/// <summary>
/// A production installation starts with no demo users, so someone must be able to sign in once: when
/// <c>FirstAdmin:Password</c> is set (<c>up.sh --production</c> generates it) and no administrator exists, account
/// <c>admin</c> is created with that password, which must be changed at the first sign-in. Once any administrator
/// exists it does nothing, so a restart never resets anyone. The creation is in the administration audit.
/// </summary>
public sealed class FirstAdmin(IDocumentStore store, IConfiguration configuration, TimeProvider clock,
    IPasswordHasher<UserAccount> hasher, ILogger<FirstAdmin> logger) : IHostedService
{
    public const string Username = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var password = configuration["FirstAdmin:Password"];
        if (string.IsNullOrEmpty(password))
        {
            return;
        }
        await using var session = store.LightweightSession();
        if (await session.Query<UserAccount>().AnyAsync(u => u.Role == Roles.Admin, cancellationToken)
            || await session.LoadAsync<UserAccount>(Username, cancellationToken) is not null)
        {
            return;
        }
        var user = new UserAccount(Username, "Administrateur", Roles.Admin, null, null, "", MustChangePassword: true);
        session.Insert(user with { PasswordHash = hasher.HashPassword(user, password) });
        session.Events.StartStream(Guid.NewGuid(), new UserAdministered(
            Username, UserAdministered.Created, "installation", "local", clock.GetUtcNow(), $"role={Roles.Admin}; post=-; agency=-"));
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            return; // another instance (or the demo users) made it at the same moment
        }
        logger.LogInformation("Created the first administrator, {Username}: its password must be changed at the first sign-in", Username);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
