using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Admin;

/// <summary>Who read which protection file, when and why (no names of the people referred).</summary>
public sealed class AccessLogModel(ReferralsClient referrals, UiText text) : ConsolePage(text)
{
    public IReadOnlyList<AccessRecordView> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var result = await referrals.AccessLogAsync();
        if (!result.Ok)
        {
            ShowFailure(result);
        }
        Items = result.Value?.Items ?? [];
    }
}
