namespace BorderPost.Web.Pages.Post;

/// <summary>
/// A stopped group on one page: the rows of the people found, a row more at a tap (the form comes back as it was, with
/// nothing typed lost), relations picked among the group. Once recorded, the group's page follows.
/// </summary>
public sealed class InterceptionModel(InterceptionsClient interceptions, CrossingsClient crossings, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public InterceptionForm F { get; set; } = new();

    public IReadOnlyList<(string Id, string Name)> Points { get; private set; } = [];

    public string Post => User.PostCode() ?? "";

    public async Task OnGetAsync()
    {
        F.CrossingPoint = Post;
        await LoadAsync();
    }

    /// <summary>One more row; what was typed stays.</summary>
    public async Task<IActionResult> OnPostAddAsync()
    {
        F.People.Add(new FoundPersonRow());
        ModelState.Clear();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        F.Compact();
        var result = await interceptions.RecordAsync(F.ToRequest(Post));
        if (result.Ok)
        {
            return RedirectToPage("/Post/Group", new { id = F.Id });
        }
        ShowFailure(result);
        if (F.People.Count == 0)
        {
            F.People.Add(new FoundPersonRow());
        }
        ModelState.Clear();
        await LoadAsync();
        return Page();
    }

    /// <summary>How a row is named in the pick-lists: its number and label.</summary>
    public string RowName(int index) =>
        $"{index + 1}{(string.IsNullOrWhiteSpace(F.People[index].Label) ? "" : " — " + F.People[index].Label)}";

    private async Task LoadAsync() => Points = PointChoices.From(await crossings.PointsAsync(), Post, F.CrossingPoint);
}
