using BorderPost.Reporting.WatchingPostLinks;

namespace BorderPost.Reporting.Tests;

public sealed class PostLinkTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_newest_heartbeat_wins_whatever_the_order_it_arrives_in()
    {
        var link = new PostLink { Id = "OUA" };

        Assert.True(link.Hear(Noon, Noon.AddSeconds(1)));
        Assert.True(link.Hear(Noon.AddSeconds(30), Noon.AddSeconds(31)));
        Assert.False(link.Hear(Noon.AddSeconds(10), Noon.AddSeconds(40))); // late, or redelivered: ignored
        Assert.False(link.Hear(Noon.AddSeconds(30), Noon.AddSeconds(45))); // the same beat again

        Assert.Equal(Noon.AddSeconds(30), link.LastSentAt);
        Assert.Equal(Noon.AddSeconds(31), link.LastHeardAt);
    }

    [Fact]
    public void A_backlog_arriving_after_an_outage_shows_how_far_behind_the_link_was()
    {
        var link = new PostLink { Id = "MAL" };
        var back = Noon.AddHours(3);

        link.Hear(Noon, back); // sent before the outage, heard when the link returned

        Assert.Equal(TimeSpan.FromHours(3), link.LastHeardAt - link.LastSentAt);
    }
}
