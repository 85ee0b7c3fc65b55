using BorderPost.ServiceDefaults.Messaging;

namespace BorderPost.Reporting.CountingCrossings;

/// <summary>The crossings' counting queue: recorded crossings are counted a batch at a time.</summary>
public sealed class CrossingEventsConsumerDefinition() : BatchingConsumerDefinition<CrossingEventsConsumer>("reporting-crossing-totals");
