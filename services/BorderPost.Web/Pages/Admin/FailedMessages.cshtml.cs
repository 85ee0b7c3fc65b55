using BorderPost.HttpApi.Messaging;

namespace BorderPost.Web.Pages.Admin;

/// <summary>
/// Messages a service could not process, per service and error queue: what they are and why they failed (never what
/// they say); the admin sends one, or a queue's all, back to be processed again once the cause is fixed.
/// </summary>
public sealed class FailedMessagesModel(FailedMessagesClient failed, UiText text) : ConsolePage(text)
{
    public sealed record ServiceMessages(string Service, IReadOnlyList<ErrorQueueView> Queues, bool Unavailable);

    public IReadOnlyList<ServiceMessages> Services { get; private set; } = [];

    public async Task OnGetAsync(int? replayed = null)
    {
        Notice = replayed is { } count ? Text.Format("failed.replayed", count) : null;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync(string service, string queue, string? id)
    {
        if (!FailedMessagesClient.Services.Contains(service))
        {
            return NotFound();
        }
        var result = await failed.ReplayAsync(service, queue, string.IsNullOrEmpty(id) ? null : id);
        if (result.Ok)
        {
            return RedirectToPage(new { replayed = result.Value!.Replayed });
        }
        ShowFailure(result);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var services = new List<ServiceMessages>();
        foreach (var service in FailedMessagesClient.Services)
        {
            var result = await failed.ListAsync(service);
            services.Add(new ServiceMessages(service, result.Value?.Queues ?? [], !result.Ok));
        }
        Services = services;
    }
}
