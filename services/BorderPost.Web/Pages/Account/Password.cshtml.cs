using BorderPost.Web.Api;
using BorderPost.Web.Ui;
using Microsoft.AspNetCore.Mvc;

namespace BorderPost.Web.Pages.Account;

public sealed class PasswordModel(ApiClient api, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public void OnGet(bool changed = false) => Notice = changed ? Text["password.changed"] : null;

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await api.PostJsonAsync("/api/auth/password", new { currentPassword = CurrentPassword, newPassword = NewPassword });
        if (result.Ok)
        {
            return RedirectToPage(new { changed = true });
        }
        ShowFailure(result);
        return Page();
    }
}
