namespace BorderPost.Web.Pages.Post;

/// <summary>Refers one person met at the post — an unaccompanied child or a suspected victim — without an arrest.</summary>
public sealed class ReferModel(ReferralsClient referrals, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public PersonRow F { get; set; } = new();

    public string Post => User.PostCode() ?? "";

    public void OnGet(bool saved = false) => Notice = saved ? Text["refer.saved"] : null;

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await referrals.ReferAsync(F.ToRequest(Post, null, null, Post));
        if (result.Ok)
        {
            return RedirectToPage(new { saved = true });
        }
        ShowFailure(result);
        return Page();
    }
}
