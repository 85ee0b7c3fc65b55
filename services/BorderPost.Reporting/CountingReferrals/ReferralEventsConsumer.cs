using BorderPost.Contracts.Protection;
using BorderPost.Reporting.Counting;
using MassTransit;

namespace BorderPost.Reporting.CountingReferrals;

/// <summary>Counts each referral step, screening decision and minor's travel check once (see <see cref="CountOnce"/>); codes only, never names.</summary>
public sealed class ReferralEventsConsumer(IDocumentSession session, ILogger<ReferralEventsConsumer> logger)
    : IConsumer<ReferralOpened>, IConsumer<ReferralAcknowledged>, IConsumer<ReferralOverdue>, IConsumer<ReferralClosed>,
        IConsumer<ScreeningDecided>, IConsumer<MinorTravelChecked>
{
    public Task Consume(ConsumeContext<ReferralOpened> context) => CountAsync(context.Message.EventId, ReferralCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<ReferralAcknowledged> context) => CountAsync(context.Message.EventId, ReferralCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<ReferralOverdue> context) => CountAsync(context.Message.EventId, ReferralCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<ReferralClosed> context) => CountAsync(context.Message.EventId, ReferralCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<ScreeningDecided> context) =>
        CountAsync(context.Message.EventId, CountingInterceptions.InterceptionCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<MinorTravelChecked> context) =>
        CountAsync(context.Message.EventId, CountingInterceptions.InterceptionCounting.Decide(context.Message));

    private Task CountAsync(Guid eventId, IReadOnlyList<CountChanged> changes) => CountOnce.RecordAsync(session, eventId, changes, logger);
}

public sealed class ReferralEventsConsumerDefinition() : CountingConsumerDefinition<ReferralEventsConsumer>("reporting-referral-totals");
