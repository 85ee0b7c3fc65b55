using System.Text.Json.Nodes;
using BorderPost.Web.Api;
using BorderPost.Web.Ui;

namespace BorderPost.Web.Pages.Post;

/// <summary>The referrals the post made, without names: to follow them up (a supervisor also sees the overdue alarms).</summary>
public sealed class ReferralsModel(ApiClient api, UiText text) : ConsolePage(text)
{
    public IReadOnlyList<JsonNode> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var result = await api.GetAsync("/api/referrals?status=open&pageSize=200");
        if (!result.Ok)
        {
            ShowFailure(result);
        }
        Items = result.Items();
    }
}
