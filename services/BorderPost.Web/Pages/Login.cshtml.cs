using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BorderPost.Web.Pages;

/// <summary>Signs in with the identity service; the session cookie carries the token and lasts as long as it does.</summary>
public sealed class LoginModel(IdentityClient accounts, UiText text) : PageModel
{
    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public static readonly TimeSpan SessionLength = TimeSpan.FromHours(12);

    public string? Message { get; private set; }

    public void OnGet(bool expired = false, bool changed = false) =>
        Message = changed ? text["password.sign_in_again"] : expired ? text["common.expired"] : null;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        var result = await accounts.SignInAsync(Username ?? "", Password ?? "");
        if (!result.Ok || result.Value is null)
        {
            // Identity's own message in the user's language: wrong password, or how long to wait after too many attempts.
            Message = result.Unavailable ? text["common.unavailable"] : result.Title ?? text["common.error"];
            return Page();
        }
        var token = result.Value.AccessToken;
        var jwt = new JsonWebToken(token);
        var identity = new ClaimsIdentity(jwt.Claims.Where(c => c.Type is BorderPostClaims.Subject or BorderPostClaims.Name
                or BorderPostClaims.Role or BorderPostClaims.Post or BorderPostClaims.Agency or BorderPostClaims.PasswordChangeRequired),
            CookieAuthenticationDefaults.AuthenticationScheme, BorderPostClaims.Name, BorderPostClaims.Role);
        // The cookie outlives the service token (a shift), so a form posted after the token expired still reaches its
        // page and is shown again as typed, with a message to sign in again; it is not lost to a login redirect.
        var properties = new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow + SessionLength, IsPersistent = false };
        properties.StoreTokens([new AuthenticationToken { Name = ApiClient.TokenName, Value = token }]);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), properties);
        // A password the administrator set: its owner chooses a new one before anything else (PasswordChangeFirst).
        return jwt.TryGetClaim(BorderPostClaims.PasswordChangeRequired, out _)
            ? LocalRedirect(PasswordChangeFirst.Page)
            : LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
