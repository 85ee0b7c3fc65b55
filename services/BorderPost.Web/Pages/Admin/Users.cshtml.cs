using System.Text.Json.Nodes;
using BorderPost.Web.Api;
using BorderPost.Web.Ui;
using Microsoft.AspNetCore.Mvc;

namespace BorderPost.Web.Pages.Admin;

/// <summary>Every account with its role, post or agency and state; and the form to create one.</summary>
public sealed class UsersModel(ApiClient api, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public UserForm F { get; set; } = new();

    public IReadOnlyList<JsonNode> Users { get; private set; } = [];

    public async Task OnGetAsync(bool created = false)
    {
        Notice = created ? Text["users.created"] : null;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await api.PostJsonAsync("/api/users", F.ToRequest());
        if (result.Ok)
        {
            return RedirectToPage(new { created = true });
        }
        ShowFailure(result);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var result = await api.GetAsync("/api/users");
        if (!result.Ok && Alert is null)
        {
            ShowFailure(result);
        }
        Users = result.Elements();
    }
}
