using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BorderPost.Web.Pages;

/// <summary>Switches the console's language (a cookie for a year) and goes back to the page.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet(string? to, string? back)
    {
        var code = to is "ht" or "en" ? to : "fr";
        Response.Cookies.Append(UiText.CookieName, code, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });
        return LocalRedirect(Url.IsLocalUrl(back) ? back : "/");
    }
}
