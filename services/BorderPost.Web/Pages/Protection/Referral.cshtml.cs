using System.Text.Json.Nodes;
using BorderPost.Web.Api;
using BorderPost.Web.Pages.Post;
using BorderPost.Web.Ui;
using Microsoft.AspNetCore.Mvc;

namespace BorderPost.Web.Pages.Protection;

/// <summary>One referral: the person, the history, and the next steps (each read is recorded by the service).</summary>
public sealed class ReferralModel(ApiClient api, UiText text) : ConsolePage(text)
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

    public JsonNode? Referral { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool done = false)
    {
        Notice = done ? Text["referral.done"] : null;
        return await LoadAsync();
    }

    public Task<IActionResult> OnPostAcknowledgeAsync() => StepAsync("acknowledge", null);

    public Task<IActionResult> OnPostHandOverAsync() =>
        StepAsync("handover", new { place = Place, handedOverAt = LocalInput.ToUtc(HandedOverAt), receivingPerson = ReceivingPerson });

    public Task<IActionResult> OnPostCloseAsync() => StepAsync("close", new { outcome = Outcome, note = Note ?? "" });

    public Task<IActionResult> OnPostReassignAsync() => StepAsync("reassign", new { agency = Agency, reason = Reason });

    private async Task<IActionResult> StepAsync(string step, object? body)
    {
        var result = await api.PostJsonAsync($"/api/referrals/{Id}/{step}", body);
        if (result.Ok)
        {
            // Reassigned: the referral is another agency's now, so this one goes back to its inbox.
            return step == "reassign" ? Redirect("/protection/inbox") : RedirectToPage(new { Id, done = true });
        }
        ShowFailure(result);
        return await LoadAsync();
    }

    private async Task<IActionResult> LoadAsync()
    {
        var result = await api.GetAsync($"/api/referrals/{Id}?purpose=case_work");
        if (result.Status is 403 or 404)
        {
            return NotFound();
        }
        if (!result.Ok)
        {
            ShowFailure(result);
            Referral = Status is null ? null : new JsonObject { ["summary"] = new JsonObject { ["status"] = Status, ["kind"] = Kind } };
            return Page();
        }
        Referral = result.Body;
        return Page();
    }
}
