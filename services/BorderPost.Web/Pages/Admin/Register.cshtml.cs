using System.Net.Http.Headers;
using BorderPost.HttpApi.Documents;

namespace BorderPost.Web.Pages.Admin;

/// <summary>Lost/stolen register import: upload a CSV, read the preview and the per-line errors, then import.</summary>
// Above the Documents service's own 5 MB limit, so a too-large file gets its "file" message, not a bare 413.
[RequestSizeLimit(20 * 1024 * 1024)]
public sealed class RegisterModel(DocumentsClient documents, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public Guid? ImportId { get; set; }

    public RegisterImportPreview? Preview { get; private set; }

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
        var result = await documents.PreviewImportAsync(content);
        if (result.Ok)
        {
            Preview = result.Value;
            ImportId = Preview?.ImportId;
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
        if (ImportId is not { } importId)
        {
            return Page();
        }
        var result = await documents.CommitImportAsync(importId);
        if (result.Ok)
        {
            Preview = result.Value;
            Notice = Text["register.committed"];
        }
        else
        {
            ShowFailure(result);
        }
        return Page();
    }
}
