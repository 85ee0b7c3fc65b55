using BorderPost.Contracts.Accounts;
using BorderPost.Identity.IssuingTokens;
using BorderPost.ServiceDefaults.Messaging;
using JasperFx.Events;
using MassTransit;

namespace BorderPost.Identity.ManagingUsers;

/// <summary>
/// Identity's outbox: every change to an account that voids what a post keeps of it (an admin's change of role, post or
/// agency, a disabling, a password reset, or the owner's own new password) goes out as <see cref="AccountChanged"/>,
/// which federation carries down to the posts. The audit events are the source, so nothing is published that was not
/// committed.
/// </summary>
public sealed class AccountChangeRelay(IBus bus, ILogger<AccountChangeRelay> logger) : EventStoreOutbox("account-changes", bus, logger)
{
    private static readonly string[] VoidingActions = [UserAdministered.Changed, UserAdministered.Disabled, UserAdministered.PasswordReset];

    protected override Task<object?> ToIntegrationEventAsync(IEvent e, IDocumentStore store, CancellationToken ct) =>
        Task.FromResult<object?>(e.Data switch
        {
            UserAdministered { Action: var action } administered when VoidingActions.Contains(action) =>
                new AccountChanged(e.Id, administered.Username, action, administered.At),
            SignInAttempted { Outcome: SignInAttempted.PasswordChanged } changed =>
                new AccountChanged(e.Id, changed.Username, SignInAttempted.PasswordChanged, changed.At),
            _ => null,
        });
}
