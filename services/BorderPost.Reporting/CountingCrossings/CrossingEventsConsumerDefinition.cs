using BorderPost.Reporting.Counting;

namespace BorderPost.Reporting.CountingCrossings;

public sealed class CrossingEventsConsumerDefinition() : CountingConsumerDefinition<CrossingEventsConsumer>("reporting-crossing-totals");
