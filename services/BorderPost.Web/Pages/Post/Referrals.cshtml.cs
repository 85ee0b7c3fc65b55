using BorderPost.HttpApi.Arrests;
using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Post;

/// <summary>
/// The referrals the post made, without names: to follow them up (a supervisor also sees the overdue alarms). When
/// Protection cannot be reached (a post node with its link down), the post's own copy of where each stands.
/// </summary>
public sealed class ReferralsModel(ReferralsClient referrals, ArrestsClient arrests, UiText text) : ConsolePage(text)
{
    public IReadOnlyList<ReferralSummary> Items { get; private set; } = [];

    /// <summary>The post's own copy, shown only when Protection could not be reached; null otherwise.</summary>
    public IReadOnlyList<ReferralProgressView>? AtPost { get; private set; }

    /// <summary>When the post last heard of any of them.</summary>
    public DateTimeOffset? LastHeard => AtPost?.Max(r => r.HeardAt);

    public async Task OnGetAsync()
    {
        var result = await referrals.ListAsync("open");
        if (result.Ok)
        {
            Items = result.Value?.Items ?? [];
            return;
        }
        if (result.Unavailable && User.PostCode() is { } post && await arrests.ReferralProgressAsync(post) is { Ok: true, Value: { } copy })
        {
            AtPost = [.. copy.Where(r => r.Status != "closed")];
            return;
        }
        ShowFailure(result);
    }
}
