using BorderPost.Testing;

namespace BorderPost.FaultInjection.Tests;

/// <summary>One stack of every service for the fault tests, apart from the journeys' (its own schemas and vhost).</summary>
[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<BorderPostStack>
{
    public const string Name = "stack";
}
