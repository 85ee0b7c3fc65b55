using BorderPost.HttpApi.Crossings;

namespace BorderPost.Web.Pages.Admin;

/// <summary>The register of crossing points: the four posts and the unofficial points each watches; the admin adds points.</summary>
public sealed class PointsModel(CrossingsClient crossings, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public string? PostCode { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public IReadOnlyList<CrossingPointView> Points { get; private set; } = [];

    public async Task OnGetAsync(bool added = false)
    {
        Notice = added ? Text["points.added"] : null;
        Points = (await crossings.PointsAsync()).Value ?? [];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await crossings.AddPointAsync(new CrossingPointRequest(PostCode, Code, Name));
        if (result.Ok)
        {
            return RedirectToPage(new { added = true });
        }
        ShowFailure(result);
        Points = (await crossings.PointsAsync()).Value ?? [];
        return Page();
    }
}
