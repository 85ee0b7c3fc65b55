namespace BorderPost.HttpApi.Crossings;

/// <summary>
/// The link to headquarters as the post sees it (<c>GET /api/crossings/link</c>): <see cref="State"/> is
/// <c>connected</c> (headquarters' broker is taking the post's events), <c>cut</c> (it is not: they wait at the post),
/// <c>unknown</c> (the post's broker cannot tell, or the link was never set up) or <c>headquarters</c> (this node is
/// headquarters: there is no link). <see cref="Waiting"/> counts the events kept at the post for headquarters.
/// </summary>
public sealed record HeadquartersLinkView(string Post, string State, long Waiting, DateTimeOffset CheckedAt);

public static class HeadquartersLinkStates
{
    public const string Connected = "connected";
    public const string Cut = "cut";
    public const string Unknown = "unknown";
    public const string Headquarters = "headquarters";
}
