using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BorderPost.Web.Api;
using BorderPost.Web.Ui;
using Microsoft.AspNetCore.Mvc;

namespace BorderPost.Web.Pages.Admin;

/// <summary>Lost/stolen register import: upload a CSV, read the preview and the per-line errors, then import.</summary>
// Above the Documents service's own 5 MB limit, so a too-large file gets its "file" message, not a bare 413.
[RequestSizeLimit(20 * 1024 * 1024)]
public sealed class RegisterModel(ApiClient api, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public Guid? ImportId { get; set; }

    public JsonNode? Preview { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file)
    {
        using var content = new MultipartFormDataContent();
        if (file is not null)
        {
            var part = new StreamContent(file.OpenReadStream());
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(part, "file", file.FileName);
        }
        var result = await api.PostAsync("/api/document-register/imports", content);
        if (result.Ok)
        {
            Preview = result.Body;
            ImportId = Guid.TryParse((string?)Preview?["importId"], out var id) ? id : null;
        }
        else
        {
            ShowFailure(result);
        }
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync()
    {
        var result = await api.PostJsonAsync($"/api/document-register/imports/{ImportId}/commit", null);
        if (result.Ok)
        {
            Preview = result.Body;
            Notice = Text["register.committed"];
        }
        else
        {
            ShowFailure(result);
        }
        return Page();
    }
}
