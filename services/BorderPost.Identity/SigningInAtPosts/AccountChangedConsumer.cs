using BorderPost.Contracts.Accounts;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;

namespace BorderPost.Identity.SigningInAtPosts;

/// <summary>
/// At a post node, forgets an account headquarters changed after the post last confirmed it: a disabled officer, a
/// reset or changed password, a new role or post no longer signs in here alone on what the post kept. The next
/// sign-in with the link up confirms the account again. Idempotent: forgetting twice forgets once. At headquarters it
/// does nothing (its queue is still bound, so that the exchange exists before any post links to it).
/// </summary>
public sealed class AccountChangedConsumer(IDocumentStore store, PostSignInSettings settings, ILogger<AccountChangedConsumer> logger)
    : IConsumer<AccountChanged>
{
    public async Task Consume(ConsumeContext<AccountChanged> context)
    {
        if (!settings.AtPost)
        {
            return;
        }
        var change = context.Message;
        var username = change.Username.ToLowerInvariant();
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<CachedAccount>(username, context.CancellationToken) is { } kept && kept.ConfirmedAt <= change.ChangedAt)
        {
            session.Delete<CachedAccount>(username);
            await session.SaveChangesAsync(context.CancellationToken);
            logger.LogInformation("Forgot the account {Username}: {Change} at headquarters", username, change.Change);
        }
    }
}

public sealed class AccountChangedConsumerDefinition()
    : PatientConsumerDefinition<AccountChangedConsumer>("identity-account-changes", concurrentMessageLimit: 4);
