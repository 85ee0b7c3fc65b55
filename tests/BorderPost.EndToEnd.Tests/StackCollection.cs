using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

/// <summary>The journeys share one stack of every service (started once per run, with its own schemas and vhost).</summary>
[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<BorderPostStack>
{
    public const string Name = "stack";
}
