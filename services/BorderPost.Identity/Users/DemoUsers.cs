using Microsoft.AspNetCore.Identity;

namespace BorderPost.Identity.Users;

/// <summary>
/// Seeds the demo users when <c>DemoUsers:Password</c> is set (deploy/up.sh sets it from BORDERPOST_DEMO_PASSWORD).
/// Never in Production. Only missing demo users are created: a restart never resets an account someone changed (its
/// password, role or state), the admin's included.
/// </summary>
public sealed class DemoUsers(IDocumentStore store, IConfiguration configuration, IHostEnvironment environment,
    IPasswordHasher<UserAccount> hasher, ILogger<DemoUsers> logger) : IHostedService
{
    public static readonly IReadOnlyList<(string Name, string DisplayName, string Role, string? Post, string? Agency)> All =
    [
        ("officer.oua", "Agent, poste de Ouanaminthe", Roles.Officer, "OUA", null),
        ("supervisor.oua", "Superviseur, poste de Ouanaminthe", Roles.Supervisor, "OUA", null),
        ("protection.ibesr", "Agent de protection, IBESR Nord-Est", Roles.Protection, null, "IBESR-NE"),
        ("protection.cnltp", "Agent des services aux victimes, CNLTP", Roles.Protection, null, "CNLTP"),
        ("hq.analyst", "Analyste, direction centrale", Roles.Hq, null, null),
        ("admin", "Administrateur", Roles.Admin, null, null),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var password = configuration["DemoUsers:Password"];
        if (string.IsNullOrEmpty(password))
        {
            return;
        }
        if (environment.IsProduction())
        {
            logger.LogWarning("DemoUsers:Password is set but demo users are never seeded in Production");
            return;
        }
        await using var session = store.LightweightSession();
        var created = 0;
        foreach (var (name, displayName, role, post, agency) in All)
        {
            if (await session.LoadAsync<UserAccount>(name, cancellationToken) is not null)
            {
                continue;
            }
            var user = new UserAccount(name, displayName, role, post, agency, "");
            session.Insert(user with { PasswordHash = hasher.HashPassword(user, password) });
            created++;
        }
        await session.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} missing demo users", created);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
