using BorderPost.HttpApi.Protection;
using BorderPost.Web.Pages.Post;

namespace BorderPost.Web.Pages.Protection;

/// <summary>One referral: the person, the history, and the next steps (each read is recorded by the service).</summary>
public sealed class ReferralModel(ReferralsClient referrals, UiText text) : ConsolePage(text)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public string? HandedOverAt { get; set; } = LocalInput.Now();

    [BindProperty]
    public string? ReceivingPerson { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Agency { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The status and kind the page showed when a step was posted: if the referral cannot be reloaded (an outage),
    /// the forms are shown again from them with what was typed.</summary>
    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    public ReferralView? Referral { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool done = false)
    {
        Notice = done ? Text["referral.done"] : null;
        return await LoadAsync();
    }

    public Task<IActionResult> OnPostAcknowledgeAsync() => StepAsync(referrals.AcknowledgeAsync(Id));

    public Task<IActionResult> OnPostHandOverAsync() =>
        StepAsync(referrals.HandOverAsync(Id, new HandOverRequest(Place, LocalInput.ToUtc(HandedOverAt), ReceivingPerson)));

    public Task<IActionResult> OnPostCloseAsync() => StepAsync(referrals.CloseAsync(Id, new CloseRequest(Outcome, Note ?? "")));

    public Task<IActionResult> OnPostReassignAsync() =>
        StepAsync(referrals.ReassignAsync(Id, new ReassignRequest(Agency, Reason)), reassigned: true);

    private async Task<IActionResult> StepAsync(Task<ApiResult<ReferralSummary>> step, bool reassigned = false)
    {
        var result = await step;
        if (result.Ok)
        {
            // Reassigned: the referral is another agency's now, so this one goes back to its inbox.
            return reassigned ? Redirect("/protection/inbox") : RedirectToPage(new { Id, done = true });
        }
        ShowFailure(result);
        return await LoadAsync();
    }

    private async Task<IActionResult> LoadAsync()
    {
        var result = await referrals.GetAsync(Id, "case_work");
        if (result.Status is 403 or 404)
        {
            return NotFound();
        }
        if (!result.Ok)
        {
            ShowFailure(result);
            Referral = Status is null || Kind is null ? null : Shown(Status, Kind);
            return Page();
        }
        Referral = result.Value;
        return Page();
    }

    /// <summary>What the page knew of the referral before the outage: its status and kind, no details, no history.</summary>
    private static ReferralView Shown(string status, string kind) =>
        new(new ReferralSummary(Guid.Empty, kind, status, "", "", null, null, DetailsPending: true, null, default, default, null, false),
            null, null, null, null, []);
}
