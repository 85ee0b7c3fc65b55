using BorderPost.HttpApi.Arrests;
using BorderPost.HttpApi.Crossings;
using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Post;

/// <summary>
/// A stopped group and what was made from it, person by person: the arrest and its custody, the minor's travel check
/// and the screening with their referrals' states, and the next step to take for each — arrest, check, screening.
/// </summary>
public sealed class GroupModel(InterceptionsClient interceptions, MinorTravelClient protection, CrossingsClient crossings, UiText text)
    : ConsolePage(text)
{
    public InterceptionView? Group { get; private set; }

    public IReadOnlyList<MinorTravelCheckView> Checks { get; private set; } = [];

    public IReadOnlyList<ScreeningView> Screenings { get; private set; } = [];

    public IReadOnlyList<CrossingView> Crossings { get; private set; } = [];

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
        var letThrough = await crossings.OfInterceptionAsync(Group!.PostCode, id);
        Crossings = letThrough.Value?.Items ?? [];
        Checks = checks.Value ?? [];
        Screenings = screenings.Value ?? [];
        if (!checks.Ok || !screenings.Ok)
        {
            Notice = Text["group.protectionUnavailable"];
        }
        return Page();
    }

    /// <summary>
    /// Who may be let through: a child whose check cleared (or was overridden), an adult screened as a smuggled or
    /// vulnerable migrant; not twice, not someone arrested.
    /// </summary>
    public bool MayLetThrough(FoundPersonView person, MinorTravelCheckView? check, ScreeningView? screening, LinkedArrestView? arrest) =>
        arrest is null && Crossings.All(c => c.InterceptedPersonId != person.Id)
        && (check is { Outcome: MinorTravelCheckValues.Cleared or MinorTravelCheckValues.ReleasedOnOverride }
            || screening is { Decision.Outcome: ScreeningValues.SmuggledMigrant or ScreeningValues.VulnerableMigrant });

    public string NameOf(Guid? person) =>
        Group?.People.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.Id == person) is { p: not null } found
            ? $"{found.i + 1}{(found.p.Label.Length > 0 ? " — " + found.p.Label : "")}"
            : "";
}
