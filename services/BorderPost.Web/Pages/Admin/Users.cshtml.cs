using BorderPost.HttpApi.Identity;

namespace BorderPost.Web.Pages.Admin;

/// <summary>Every account with its role, post or agency and state; and the form to create one.</summary>
public sealed class UsersModel(IdentityClient identity, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public UserForm F { get; set; } = new();

    public IReadOnlyList<UserView> Users { get; private set; } = [];

    public async Task OnGetAsync(bool created = false)
    {
        Notice = created ? Text["users.created"] : null;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await identity.CreateUserAsync(F.ToRequest());
        if (result.Ok)
        {
            return RedirectToPage(new { created = true });
        }
        ShowFailure(result);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var result = await identity.UsersAsync();
        if (!result.Ok && Alert is null)
        {
            ShowFailure(result);
        }
        Users = result.Value ?? [];
    }
}
