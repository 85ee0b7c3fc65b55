using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BorderPost.Web.Pages;

/// <summary>Each role lands on the screen it uses every day.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(
        User.IsInRole(Roles.Officer) || User.IsInRole(Roles.Supervisor) ? "/post/crossings"
        : User.IsInRole(Roles.Protection) ? "/protection/inbox"
        : User.IsInRole(Roles.Hq) ? "/hq/totals"
        : User.IsInRole(Roles.Admin) ? "/admin/access-log"
        : "/denied");
}
