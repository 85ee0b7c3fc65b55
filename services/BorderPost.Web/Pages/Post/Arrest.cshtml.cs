namespace BorderPost.Web.Pages.Post;

/// <summary>
/// One sitting: the arrest and a referral for each child or victim found with the suspect. The referrals go first
/// (a child is never left unreferred because the arrest form had a typo); the arrest then lists them. Every id is
/// fixed when the form is shown, so resubmitting after an error or an outage records nothing twice.
/// </summary>
public sealed class ArrestModel(ArrestsClient arrests, ReferralsClient referrals, CrossingsClient crossings, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public ArrestForm F { get; set; } = new();

    public IReadOnlyList<(string Id, string Name)> Points { get; private set; } = [];

    public string Post => User.PostCode() ?? "";

    public async Task OnGetAsync(int? saved, Guid? interception, Guid? person)
    {
        F.CrossingPoint = Post;
        (F.InterceptionId, F.InterceptedPersonId) = (interception, person);
        Notice = saved is { } n ? Text.Format("arrest.saved", n) : null;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var persons = F.Persons().ToList();
        if (!F.ArrestRecorded)
        {
            // The arrest first: it lists every person, so even if a referral below fails, Protection opens it from
            // the arrest and the child is not lost.
            var arrest = await arrests.RecordAsync(F.ToRequest(Post));
            if (!arrest.Ok)
            {
                ShowFailure(arrest);
                await LoadAsync();
                return Page();
            }
            F.ArrestRecorded = true;
        }
        foreach (var (row, prefix) in persons.Where(p => !p.Row.Sent))
        {
            var referral = await referrals.ReferAsync(row.ToRequest(Post, F.Id, F.SuspectName, F.PlaceDescription ?? F.CrossingPoint));
            if (referral.Ok)
            {
                row.Sent = true;
                continue;
            }
            ShowFailure(referral, prefix);
            if (referral.Unavailable)
            {
                break;
            }
        }
        if (persons.All(p => p.Row.Sent))
        {
            return F.InterceptionId is { } group ? RedirectToPage("/Post/Group", new { id = group }) : RedirectToPage(new { saved = persons.Count });
        }
        Notice = Text["arrest.recordedFixRows"];
        ModelState.Clear();
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var points = await crossings.PointsAsync();
        Points = PointChoices.From(points, Post, F.CrossingPoint);
    }
}
