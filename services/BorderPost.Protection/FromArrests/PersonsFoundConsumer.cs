using BorderPost.Contracts.Arrests;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection.FromArrests;

/// <summary>
/// An arrest that lists persons found with the suspect opens a referral for each one Protection does not know yet, so
/// no child or victim falls through the cracks even if the officer's details never arrive: the receiving agency sees
/// the referral (details pending) and its deadline runs from the arrest. Idempotent: a known referral is left alone.
/// </summary>
public sealed class PersonsFoundConsumer(IDocumentStore store, IOptions<ProtectionOptions> options, ILogger<PersonsFoundConsumer> logger)
    : IConsumer<ArrestRecorded>, IConsumer<ArrestCorrected>
{
    public Task Consume(ConsumeContext<ArrestRecorded> context) =>
        OpenReferralsAsync(context.Message.ArrestId, context.Message.Facts.Post, context.Message.PersonsToRefer, context.Message.RecordedAt);

    public Task Consume(ConsumeContext<ArrestCorrected> context) =>
        OpenReferralsAsync(context.Message.ArrestId, context.Message.Current.Post, context.Message.PersonsToRefer, context.Message.ArrestRecordedAt);

    private async Task OpenReferralsAsync(Guid arrestId, string post, IReadOnlyList<PersonToRefer> persons, DateTimeOffset at)
    {
        await using (var session = store.LightweightSession())
        {
            session.Store(new KnownArrest(arrestId, post)); // an upsert: a redelivery writes the same row
            await session.SaveChangesAsync(CancellationToken.None);
        }
        foreach (var person in persons)
        {
            if (!EnumText.TryParse<ReferralKind>(person.Kind, out var kind))
            {
                logger.LogError("Arrest {ArrestId} lists referral {ReferralId} of unknown kind {Kind}; skipped", arrestId, person.ReferralId, person.Kind);
                continue;
            }
            var referred = new Referred(person.ReferralId, kind, post, person.Agency, arrestId, null, $"arrest:{arrestId}", at,
                at + options.Value.AcknowledgeWithin(kind));
            await OpenOnceAsync(referred);
        }
    }

    private async Task OpenOnceAsync(Referred referred)
    {
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(referred.ReferralId) is not null)
        {
            return; // the officer's details (or a redelivery of this message) came first
        }
        session.Events.StartStream<Referral>(referred.ReferralId, referred);
        await session.SaveUnlessExistsAsync(CancellationToken.None); // the officer's details came first meanwhile
    }
}

/// <summary>Patient while our PostgreSQL is away: a parked message would leave a child unreferred.</summary>
public sealed class PersonsFoundConsumerDefinition()
    : PatientConsumerDefinition<PersonsFoundConsumer>("protection-persons-found", concurrentMessageLimit: 8);
