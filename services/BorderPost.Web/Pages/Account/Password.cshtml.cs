using BorderPost.HttpApi.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BorderPost.Web.Pages.Account;

public sealed class PasswordModel(IdentityClient identity, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public void OnGet(bool changed = false) =>
        Notice = changed ? Text["password.changed"] : User.HasClaim(c => c.Type == BorderPostClaims.PasswordChangeRequired) ? Text["password.must_change"] : null;

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await identity.ChangePasswordAsync(new PasswordChangeRequest(CurrentPassword, NewPassword));
        if (result.Ok && User.HasClaim(c => c.Type == BorderPostClaims.PasswordChangeRequired))
        {
            // The session's token still carries the administrator's password: a new sign-in gets a full one.
            await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return RedirectToPage("/Login", new { changed = true });
        }
        if (result.Ok)
        {
            return RedirectToPage(new { changed = true });
        }
        ShowFailure(result);
        return Page();
    }
}
