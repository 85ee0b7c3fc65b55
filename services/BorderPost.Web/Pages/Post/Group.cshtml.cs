using BorderPost.HttpApi.Arrests;
using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Post;

/// <summary>
/// A stopped group and what was made from it, person by person: the arrest and its custody, the minor's travel check
/// and the screening with their referrals' states, and the next step to take for each — arrest, check, screening.
/// </summary>
public sealed class GroupModel(InterceptionsClient interceptions, MinorTravelClient protection, UiText text) : ConsolePage(text)
{
    public InterceptionView? Group { get; private set; }

    public IReadOnlyList<MinorTravelCheckView> Checks { get; private set; } = [];

    public IReadOnlyList<ScreeningView> Screenings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var group = await interceptions.GetAsync(id);
        if (group.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        if (!group.Ok)
        {
            ShowFailure(group);
            return Page();
        }
        Group = group.Value;
        // Protection may be out of reach (a post whose link is down): the group still shows, with a notice.
        var checks = await protection.ChecksOfAsync(id);
        var screenings = await protection.ScreeningsOfAsync(id);
        Checks = checks.Value ?? [];
        Screenings = screenings.Value ?? [];
        if (!checks.Ok || !screenings.Ok)
        {
            Notice = Text["group.protectionUnavailable"];
        }
        return Page();
    }

    public string NameOf(Guid? person) =>
        Group?.People.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.Id == person) is { p: not null } found
            ? $"{found.i + 1}{(found.p.Label.Length > 0 ? " — " + found.p.Label : "")}"
            : "";
}
