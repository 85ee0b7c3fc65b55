using BorderPost.ServiceDefaults.Messaging;
using MassTransit;

namespace BorderPost.Reporting.Counting;

/// <summary>A counting consumer's queue: many messages at once, patient while our PostgreSQL is away.</summary>
public abstract class CountingConsumerDefinition<TConsumer>(string endpointName)
    : PatientConsumerDefinition<TConsumer>(endpointName, concurrentMessageLimit: 16)
    where TConsumer : class, IConsumer;
