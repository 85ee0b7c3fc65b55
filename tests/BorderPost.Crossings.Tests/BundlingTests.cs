using BorderPost.Crossings.Publishing;
using BorderPost.ServiceDefaults.Messaging;
using Integration = BorderPost.Contracts.Crossings;

namespace BorderPost.Crossings.Tests;

/// <summary>How Crossings' outbox sends a page of integration events: recorded crossings bundled, the rest one each.</summary>
public sealed class BundlingTests
{
    private static readonly Integration.CrossingFacts Facts = new("OUA", new DateOnly(2026, 12, 4), "entry", "HTI", 0);

    private static OutgoingMessage Recorded()
    {
        var id = Guid.NewGuid();
        return new(id, new Integration.CrossingRecorded(id, Guid.NewGuid(), 1, "OUA", Facts, DateTimeOffset.UtcNow));
    }

    private static OutgoingMessage Voided()
    {
        var id = Guid.NewGuid();
        return new(id, new Integration.CrossingVoided(id, Guid.NewGuid(), 2, "OUA", Facts, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void Recorded_crossings_go_out_fifty_to_a_message_in_the_pages_order_and_every_other_event_alone()
    {
        var page = new List<OutgoingMessage>();
        page.AddRange(Enumerable.Range(0, 60).Select(_ => Recorded()));
        var voided = Voided();
        page.Add(voided);
        page.AddRange(Enumerable.Range(0, 60).Select(_ => Recorded()));

        var sent = IntegrationEvents.Bundle(page);

        Assert.Equal(voided, Assert.Single(sent, m => m.Message is Integration.CrossingVoided));
        var bundles = sent.Where(m => m.Message is Integration.CrossingsRecorded).ToList();
        Assert.Equal([50, 50, 20], bundles.Select(b => ((Integration.CrossingsRecorded)b.Message).Crossings.Count));
        Assert.DoesNotContain(sent, m => m.Message is Integration.CrossingRecorded);
        // Every recorded crossing exactly once, in order; each bundle goes out under its first crossing's event id.
        var recorded = page.Where(m => m.Message is Integration.CrossingRecorded).Select(m => m.MessageId).ToList();
        Assert.Equal(recorded, bundles.SelectMany(b => ((Integration.CrossingsRecorded)b.Message).Crossings).Select(c => c.EventId));
        Assert.All(bundles, b => Assert.Equal(b.MessageId, ((Integration.CrossingsRecorded)b.Message).Crossings[0].EventId));
    }

    [Fact]
    public void A_page_without_recorded_crossings_goes_out_as_it_is()
    {
        var page = new[] { Voided(), Voided() };

        Assert.Equal(page, IntegrationEvents.Bundle(page));
    }

    [Fact]
    public void A_lone_recorded_crossing_goes_out_in_a_bundle_of_one()
    {
        var lone = Recorded();

        var bundle = Assert.IsType<Integration.CrossingsRecorded>(Assert.Single(IntegrationEvents.Bundle([lone])).Message);

        Assert.Equal(lone.Message, Assert.Single(bundle.Crossings));
    }
}
