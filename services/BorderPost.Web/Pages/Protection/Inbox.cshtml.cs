using System.Text.Json.Nodes;
using BorderPost.Web.Api;
using BorderPost.Web.Ui;

namespace BorderPost.Web.Pages.Protection;

/// <summary>My agency's referrals: overdue first, then oldest first; open ones by default.</summary>
public sealed class InboxModel(ApiClient api, UiText text) : ConsolePage(text)
{
    public IReadOnlyList<JsonNode> Items { get; private set; } = [];

    public string Filter { get; private set; } = "open";

    public async Task OnGetAsync(string? filter)
    {
        Filter = filter is "overdue" or "all" ? filter : "open";
        var query = Filter switch { "overdue" => "status=referred&overdue=true", "all" => "status=all", _ => "status=open" };
        var result = await api.GetAsync($"/api/referrals?{query}&pageSize=200");
        if (!result.Ok)
        {
            ShowFailure(result);
        }
        Items = result.Items().OrderByDescending(i => (bool?)i["overdue"] == true).ToList(); // stable: oldest first within each group
    }
}
