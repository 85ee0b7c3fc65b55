using System.Text.Json.Nodes;
using BorderPost.Web.Api;
using BorderPost.Web.Ui;
using Microsoft.AspNetCore.Mvc;

namespace BorderPost.Web.Pages.Admin;

/// <summary>One account: change its role and post or agency, disable or enable it, reset its password.</summary>
public sealed class UserModel(ApiClient api, UiText text) : ConsolePage(text)
{
    [BindProperty(SupportsGet = true)]
    public string Username { get; set; } = "";

    [BindProperty]
    public UserForm F { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public JsonNode? Account { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool done = false)
    {
        Notice = done ? Text["common.saved"] : null;
        if (!await LoadAsync())
        {
            return Alert is null ? NotFound() : Page();
        }
        Fill();
        return Page();
    }

    public Task<IActionResult> OnPostUpdateAsync() => ActAsync("update", F.ToRequest());

    public Task<IActionResult> OnPostDisableAsync() => ActAsync("disable", null);

    public Task<IActionResult> OnPostEnableAsync() => ActAsync("enable", null);

    public Task<IActionResult> OnPostPasswordAsync() => ActAsync("password", new { password = NewPassword });

    private async Task<IActionResult> ActAsync(string action, object? body)
    {
        var result = await api.PostJsonAsync($"/api/users/{Uri.EscapeDataString(Username)}/{action}", body);
        if (result.Ok)
        {
            return RedirectToPage(new { Username, done = true });
        }
        ShowFailure(result);
        if (await LoadAsync() && action != "update")
        {
            Fill(); // the update form shows the account as it is, not blanks
        }
        return Page();
    }

    private void Fill() => F = new UserForm
    {
        DisplayName = (string?)Account!["displayName"],
        Role = (string?)Account["role"] ?? "officer",
        Post = (string?)Account["post"],
        Agency = (string?)Account["agency"],
    };

    private async Task<bool> LoadAsync()
    {
        var users = await api.GetAsync("/api/users");
        if (!users.Ok)
        {
            ShowFailure(users);
        }
        Account = users.Elements().FirstOrDefault(u => (string?)u["username"] == Username);
        return Account is not null;
    }
}
