using BorderPost.Contracts.Protection;
using BorderPost.Protection.TravelAuthorisations;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection.CheckingAtPosts;

/// <summary>
/// At a post node, keeps headquarters' travel authorisations so that a minor's check runs at the post while its link is
/// down. A revocation is final: a revoked copy stays revoked whatever arrives after it, so an issue delivered again or
/// late changes nothing. At headquarters, where IBESR records them, it does nothing (its queue is still bound, so
/// that the exchange exists before any post links to it).
/// </summary>
public sealed class AuthorisationsFromHeadquartersConsumer(IDocumentStore store, IOptions<NodeOptions> node,
    ILogger<AuthorisationsFromHeadquartersConsumer> logger) : IConsumer<TravelAuthorisationChanged>
{
    public async Task Consume(ConsumeContext<TravelAuthorisationChanged> context)
    {
        if (!node.Value.IsPost)
        {
            return;
        }
        if (AuthorisationsForPosts.CopyOf(context.Message) is not { } copy)
        {
            logger.LogWarning("Authorisation {AuthorisationId} with an unknown relation {Relation}: left out",
                context.Message.AuthorisationId, context.Message.AuthorisingParent.Relation);
            return;
        }
        await using var session = store.LightweightSession();
        var held = await session.LoadAsync<TravelAuthorisation>(copy.Id, context.CancellationToken);
        if (held?.Revocation is not null)
        {
            return;
        }
        session.Store(copy);
        await session.SaveChangesAsync(context.CancellationToken);
    }
}

/// <summary>One at a time: an issue and its revocation never race.</summary>
public sealed class AuthorisationsFromHeadquartersConsumerDefinition()
    : PatientConsumerDefinition<AuthorisationsFromHeadquartersConsumer>("protection-authorisations-from-hq", concurrentMessageLimit: 1);
