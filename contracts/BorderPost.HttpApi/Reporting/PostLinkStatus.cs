namespace BorderPost.HttpApi.Reporting;

/// <summary>
/// A post node's link to headquarters as headquarters sees it (<c>GET /api/reports/links</c>): when it last heard
/// from the post (<see cref="LastHeardAt"/>, <see cref="SecondsSinceHeard"/>), and how far behind the post's messages
/// arrived then (<see cref="BehindSeconds"/>: the age of the newest heartbeat when it arrived; large while a backlog
/// drains after an outage). <see cref="State"/> is <c>connected</c>, or <c>silent</c> once nothing has been heard for
/// longer than the silence threshold.
/// </summary>
public sealed record PostLinkStatus(string Post, string State, DateTimeOffset LastHeardAt, double SecondsSinceHeard,
    DateTimeOffset LastSentAt, double BehindSeconds);

public static class PostLinkStates
{
    public const string Connected = "connected";
    public const string Silent = "silent";
}
