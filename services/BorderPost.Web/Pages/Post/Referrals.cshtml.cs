using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Post;

/// <summary>The referrals the post made, without names: to follow them up (a supervisor also sees the overdue alarms).</summary>
public sealed class ReferralsModel(ReferralsClient referrals, UiText text) : ConsolePage(text)
{
    public IReadOnlyList<ReferralSummary> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var result = await referrals.ListAsync("open");
        if (!result.Ok)
        {
            ShowFailure(result);
        }
        Items = result.Value?.Items ?? [];
    }
}
