using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Protection;

/// <summary>My agency's referrals: overdue first, then oldest first; open ones by default.</summary>
public sealed class InboxModel(ReferralsClient referrals, UiText text) : ConsolePage(text)
{
    public IReadOnlyList<ReferralSummary> Items { get; private set; } = [];

    public string Filter { get; private set; } = "open";

    public async Task OnGetAsync(string? filter)
    {
        Filter = filter is "overdue" or "all" ? filter : "open";
        var result = Filter switch
        {
            "overdue" => await referrals.ListAsync(ReferralStatuses.Referred, overdueOnly: true),
            "all" => await referrals.ListAsync("all"),
            _ => await referrals.ListAsync("open"),
        };
        if (!result.Ok)
        {
            ShowFailure(result);
        }
        Items = (result.Value?.Items ?? []).OrderByDescending(i => i.Overdue == true).ToList(); // stable: oldest first within each group
    }
}
