using System.Text;

namespace BorderPost.Documents.Register;

/// <summary>The admin imports lost/stolen register extracts: upload for a preview, then commit.</summary>
public static class ImportRegister
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const int ShownErrors = 200;
    public const int ShownSample = 20;

    private static readonly LocalizedText FileRequired = Texts.Get("ImportRegister.FileRequired");
    private static readonly LocalizedText NotText = Texts.Get("ImportRegister.NotText");
    private static readonly LocalizedText NotFound = Texts.Get("ImportRegister.NotFound");

    public static WebApplication MapImportRegister(this WebApplication app)
    {
        var imports = app.MapGroup("/api/document-register/imports").RequireAuthorization(BorderPostPolicies.Admin);

        imports.MapPost("", async (HttpContext http, IDocumentSession session, TimeProvider clock) =>
        {
            if (http.Request.ContentLength > MaxFileBytes + 64 * 1024)
            {
                return FileProblem(http, StatusCodes.Status413PayloadTooLarge, FileRequired);
            }
            if (!http.Request.HasFormContentType)
            {
                return FileProblem(http, StatusCodes.Status415UnsupportedMediaType, FileRequired);
            }
            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
            {
                return FileProblem(http, StatusCodes.Status400BadRequest, FileRequired);
            }
            var file = form.Files["file"];
            if (file is null || file.Length == 0 || file.Length > MaxFileBytes)
            {
                return FileProblem(http, file?.Length > MaxFileBytes ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, FileRequired);
            }
            string text;
            try
            {
                // UTF-8 only (a UTF-8 byte order mark is allowed): a UTF-16 or binary file is refused, not misread.
                using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
                text = (await reader.ReadToEndAsync(http.RequestAborted)).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException)
            {
                return FileProblem(http, StatusCodes.Status415UnsupportedMediaType, NotText);
            }
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                return FileProblem(http, StatusCodes.Status415UnsupportedMediaType, NotText);
            }
            var now = clock.GetUtcNow();
            var id = Guid.NewGuid();
            var fileName = Path.GetFileName(file.FileName ?? "register.csv");
            var (entries, errors, lines) = RegisterCsv.Parse(text, id, HaitiCalendar.DayOf(now), fileName.Length > 100 ? fileName[..100] : fileName);
            var pending = new PendingImport(id, fileName, http.User.UserName(), now, lines, entries, errors, null);
            session.Store(pending);
            await session.SaveChangesAsync(http.RequestAborted);
            return Results.Created($"/api/document-register/imports/{id}", await PreviewAsync(http, session, pending));
        }).DisableAntiforgery();

        imports.MapGet("/{id:guid}", async (Guid id, HttpContext http, IDocumentSession session) =>
            await session.LoadAsync<PendingImport>(id, http.RequestAborted) is { } pending
                ? Results.Ok(await PreviewAsync(http, session, pending))
                : Problems.Status(http, StatusCodes.Status404NotFound, NotFound));

        imports.MapPost("/{id:guid}/commit", async (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
        {
            var pending = await session.LoadAsync<PendingImport>(id, http.RequestAborted);
            if (pending is null)
            {
                return Problems.Status(http, StatusCodes.Status404NotFound, NotFound);
            }
            if (pending.CommittedAt is null)
            {
                // One transaction: every valid entry stored (a recovered one stays as a marker that takes the document
                // out), the import marked as committed, and the change recorded for the post nodes (the import's id is
                // its stream: a second commit racing this one writes nothing).
                var now = clock.GetUtcNow();
                var entries = pending.Entries.Select(e => e with { ChangedAt = now }).ToList();
                session.Store(entries.ToArray());
                pending = pending with { CommittedAt = now };
                session.Store(pending);
                if (entries.Count > 0)
                {
                    session.Events.StartStream(id, [.. RegisterLinesCommitted.PartsOf(id, entries)]);
                }
                if (!await session.SaveUnlessExistsAsync(http.RequestAborted))
                {
                    await using var fresh = session.DocumentStore.QuerySession();
                    pending = await fresh.LoadAsync<PendingImport>(id, http.RequestAborted) ?? pending;
                }
            }
            return Results.Ok(await PreviewAsync(http, session, pending));
        });
        return app;
    }

    private static async Task<RegisterImportPreview> PreviewAsync(HttpContext http, IQuerySession session, PendingImport pending)
    {
        var language = http.PreferredLanguage();
        var size = await session.Query<ReportedDocument>().CountAsync(d => d.Status != ReportStatus.Recovered, http.RequestAborted);
        return new RegisterImportPreview(pending.Id, pending.FileName, pending.Lines, pending.Entries.Count, pending.Errors.Select(e => e.Line).Distinct().Count(),
            pending.Errors.Take(ShownErrors).Select(e => new RegisterLineError(e.Line, e.Column, e.Message.In(language))).ToList(),
            pending.Entries.Take(ShownSample).Select(ToView).ToList(), pending.CommittedAt is not null, size);
    }

    private static RegisterEntryView ToView(ReportedDocument d) =>
        new(d.Id, d.IssuingCountry, d.DocumentNumber, d.DocumentType, EnumText.ToWire(d.Status), d.ReportedOn, d.Source, d.ImportId);

    private static IResult FileProblem(HttpContext http, int status, LocalizedText message)
    {
        var errors = new FieldErrors();
        errors.Add("file", message);
        return Problems.Validation(http, errors, status);
    }
}
