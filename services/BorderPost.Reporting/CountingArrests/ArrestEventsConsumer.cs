using BorderPost.Contracts.Arrests;
using BorderPost.Reporting.Counting;
using MassTransit;

namespace BorderPost.Reporting.CountingArrests;

/// <summary>Counts each arrest and interception integration event once (see <see cref="CountOnce"/>).</summary>
public sealed class ArrestEventsConsumer(IDocumentSession session, ILogger<ArrestEventsConsumer> logger)
    : IConsumer<ArrestRecorded>, IConsumer<ArrestCorrected>, IConsumer<SuspectTransferred>, IConsumer<SuspectReleased>,
        IConsumer<InterceptionRecorded>, IConsumer<InterceptionCorrected>
{
    public Task Consume(ConsumeContext<ArrestRecorded> context) => CountAsync(context.Message.EventId, ArrestCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<ArrestCorrected> context) => CountAsync(context.Message.EventId, ArrestCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<SuspectTransferred> context) => CountAsync(context.Message.EventId, ArrestCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<SuspectReleased> context) => CountAsync(context.Message.EventId, ArrestCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<InterceptionRecorded> context) =>
        CountAsync(context.Message.EventId, CountingInterceptions.InterceptionCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<InterceptionCorrected> context) =>
        CountAsync(context.Message.EventId, CountingInterceptions.InterceptionCounting.Decide(context.Message));

    private Task CountAsync(Guid eventId, IReadOnlyList<CountChanged> changes) => CountOnce.RecordAsync(session, eventId, changes, logger);
}

public sealed class ArrestEventsConsumerDefinition() : CountingConsumerDefinition<ArrestEventsConsumer>("reporting-arrest-totals");
