using System.Text.Json.Nodes;
using BorderPost.Web.Api;
using BorderPost.Web.Ui;
using Microsoft.AspNetCore.Mvc;

namespace BorderPost.Web.Pages.Admin;

/// <summary>The register of crossing points: the four posts and the unofficial points each watches; the admin adds points.</summary>
public sealed class PointsModel(ApiClient api, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public string? PostCode { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public IReadOnlyList<JsonNode> Points { get; private set; } = [];

    public async Task OnGetAsync(bool added = false)
    {
        Notice = added ? Text["points.added"] : null;
        Points = (await api.GetAsync("/api/crossings/points")).Elements();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await api.PostJsonAsync("/api/crossings/points", new { postCode = PostCode, code = Code, name = Name });
        if (result.Ok)
        {
            return RedirectToPage(new { added = true });
        }
        ShowFailure(result);
        Points = (await api.GetAsync("/api/crossings/points")).Elements();
        return Page();
    }
}
