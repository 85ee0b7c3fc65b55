using BorderPost.HttpApi.Identity;

namespace BorderPost.Web.Pages.Admin;

/// <summary>One account: change its role and post or agency, disable or enable it, reset its password.</summary>
public sealed class UserModel(IdentityClient identity, UiText text) : ConsolePage(text)
{
    [BindProperty(SupportsGet = true)]
    public string Username { get; set; } = "";

    [BindProperty]
    public UserForm F { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public UserView? Account { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool done = false)
    {
        Notice = done ? Text["common.saved"] : null;
        if (!await LoadAsync())
        {
            return Alert is null ? NotFound() : Page();
        }
        Fill();
        return Page();
    }

    public Task<IActionResult> OnPostUpdateAsync() => ActAsync(identity.ChangeUserAsync(Username, F.ToRequest()), update: true);

    public Task<IActionResult> OnPostDisableAsync() => ActAsync(identity.DisableUserAsync(Username));

    public Task<IActionResult> OnPostEnableAsync() => ActAsync(identity.EnableUserAsync(Username));

    public Task<IActionResult> OnPostPasswordAsync() => ActAsync(identity.ResetPasswordAsync(Username, new PasswordResetRequest(NewPassword)));

    private async Task<IActionResult> ActAsync(Task<ApiResult<UserView>> action, bool update = false)
    {
        var result = await action;
        if (result.Ok)
        {
            return RedirectToPage(new { Username, done = true });
        }
        ShowFailure(result);
        if (await LoadAsync() && !update)
        {
            Fill(); // the update form shows the account as it is, not blanks
        }
        return Page();
    }

    private void Fill() => F = new UserForm
    {
        DisplayName = Account!.DisplayName,
        Role = Account.Role,
        Post = Account.Post,
        Agency = Account.Agency,
    };

    private async Task<bool> LoadAsync()
    {
        var users = await identity.UsersAsync();
        if (!users.Ok)
        {
            ShowFailure(users);
        }
        Account = users.Value?.FirstOrDefault(u => u.Username == Username);
        return Account is not null;
    }
}
