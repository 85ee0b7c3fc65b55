using BorderPost.HttpApi.Protection;
using BorderPost.Web.Pages.Post;

namespace BorderPost.Web.Pages.Protection;

/// <summary>
/// IBESR's travel authorisations: the office records those it issues, sees its own with their status, and revokes one
/// with a reason. Posts verify them by number when a child leaves Haiti without both parents.
/// </summary>
public sealed class AuthorisationsModel(MinorTravelClient protection, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public AuthorisationForm F { get; set; } = new();

    public IReadOnlyList<TravelAuthorisationView> Own { get; private set; } = [];

    public async Task OnGetAsync(bool saved = false, bool revoked = false)
    {
        Notice = saved ? Text["authorisations.saved"] : revoked ? Text["authorisations.revoked"] : null;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostIssueAsync()
    {
        var result = await protection.IssueAsync(F.ToRequest());
        if (result.Ok)
        {
            return RedirectToPage(new { saved = true });
        }
        ShowFailure(result);
        ModelState.Clear();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, string? reason)
    {
        var result = await protection.RevokeAsync(id, new RevocationRequest(reason));
        if (result.Ok)
        {
            return RedirectToPage(new { revoked = true });
        }
        ShowFailure(result, "revoke.");
        ModelState.Clear();
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var own = await protection.AuthorisationsAsync();
        Own = own.Value ?? [];
        if (!own.Ok && Alert is null)
        {
            ShowFailure(own);
        }
    }
}

/// <summary>An authorisation as IBESR's officer types it from the signed paper; the id is fixed when the form is shown.</summary>
public sealed class AuthorisationForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Number { get; set; }
    public string? IssuedOn { get; set; } = LocalInput.Input(HaitiCalendar.DayOf(DateTimeOffset.UtcNow));
    public string? ValidUntil { get; set; }
    public string? ChildSurname { get; set; }
    public string? ChildGivenNames { get; set; }
    public string? ChildDateOfBirth { get; set; }
    public string? ChildSex { get; set; }
    public string? ParentSurname { get; set; }
    public string? ParentGivenNames { get; set; }
    public string? ParentRelation { get; set; }
    public string? TravellingWith { get; set; }

    public TravelAuthorisationRequest ToRequest() => new(
        Id, Number, LocalInput.Date(IssuedOn), LocalInput.Date(ValidUntil),
        new AuthorisedChildRequest(ChildSurname, ChildGivenNames, LocalInput.Date(ChildDateOfBirth), ChildSex),
        new AuthorisingParentRequest(ParentSurname, ParentGivenNames, ParentRelation), TravellingWith);
}
