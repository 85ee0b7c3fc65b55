using System.Text.Json.Nodes;
using BorderPost.Web.Api;
using BorderPost.Web.Ui;

namespace BorderPost.Web.Pages.Admin;

/// <summary>Who read which protection file, when and why (no names of the people referred).</summary>
public sealed class AccessLogModel(ApiClient api, UiText text) : ConsolePage(text)
{
    public IReadOnlyList<JsonNode> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var result = await api.GetAsync("/api/referrals/access-log?pageSize=200");
        if (!result.Ok)
        {
            ShowFailure(result);
        }
        Items = result.Items();
    }
}
