using BorderPost.HttpApi.Documents;

namespace BorderPost.Web.Pages.Post;

/// <summary>
/// One document check of my post: its verdict and findings, the picture with the evidence drawn over it, and — for a
/// supervisor, when the check is suspicious or fraudulent — the review that confirms or overturns it.
/// </summary>
public sealed class DocumentCheckModel(DocumentsClient documents, UiText text) : ConsolePage(text)
{
    public DocumentCheckView? Check { get; private set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public bool CanReview =>
        User.IsInRole(Roles.Supervisor) && Check is { Review: null, Verdict: "suspicious" or "fraudulent" };

    public async Task<IActionResult> OnGetAsync(Guid id, bool reviewed = false)
    {
        Notice = reviewed ? Text["review.saved"] : null;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id)
    {
        var (status, content, mediaType) = await documents.EvidenceAsync(id);
        if (content is null)
        {
            return StatusCode(status);
        }
        Response.Headers.CacheControl = "no-store";
        return File(content, mediaType ?? "image/jpeg");
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id)
    {
        var result = await documents.ReviewAsync(id, new ReviewRequest(Decision, Reason));
        if (result.Ok)
        {
            return RedirectToPage(new { id, reviewed = true });
        }
        ShowFailure(result);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var result = await documents.GetAsync(id);
        if (result.Status == StatusCodes.Status404NotFound)
        {
            return false;
        }
        if (!result.Ok)
        {
            ShowFailure(result);
        }
        Check = result.Value;
        return true;
    }
}
