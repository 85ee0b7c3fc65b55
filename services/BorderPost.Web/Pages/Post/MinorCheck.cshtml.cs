using System.Globalization;
using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Post;

/// <summary>
/// The minor-travel check: from a stopped group (its child's row) or on its own. The answer says whether the child
/// goes, or is held for protection with the referral IBESR received; to let a child go who would be held, the officer
/// writes why.
/// </summary>
public sealed class MinorCheckModel(MinorTravelClient protection, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public MinorCheckForm F { get; set; } = new();

    public MinorTravelCheckView? Result { get; private set; }

    public string Post => User.PostCode() ?? "";

    public void OnGet(Guid? interception, Guid? person, string? sex)
    {
        F.InterceptionId = interception;
        F.PersonId = person;
        F.Sex = sex;
        F.Nationality = null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await protection.CheckAsync(F.ToRequest(Post, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        if (result.Ok)
        {
            Result = result.Value;
            Notice = Text["minorcheck.result." + Result!.Outcome];
        }
        else
        {
            ShowFailure(result);
        }
        ModelState.Clear();
        return Page();
    }
}
