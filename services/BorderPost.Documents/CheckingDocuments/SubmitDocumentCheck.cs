using BorderPost.Documents.ConsultingRegisters;
using BorderPost.Documents.KnowingCrossings;
using BorderPost.Documents.ViewingChecks;
using Microsoft.AspNetCore.Http.Metadata;

namespace BorderPost.Documents.CheckingDocuments;

public static class SubmitDocumentCheck
{
    /// <summary>The request body may carry the 10 MB image plus the form's overhead; anything bigger is cut off early.</summary>
    public const long MaxRequestBytes = ImageIntake.MaxBytes + 256 * 1024;

    public static RouteHandlerBuilder MapSubmitDocumentCheck(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/document-checks", async (HttpContext http, IDocumentSession session, DocumentCheckRun run, RegisterConsultation registers, ReadingSlots slots) =>
            {
                if (!http.Request.HasFormContentType)
                {
                    return DocumentProblems.NotMultipart(http);
                }
                if (http.Request.ContentLength > MaxRequestBytes)
                {
                    return DocumentProblems.Rejected(http, ImageRejection.TooLarge);
                }
                IFormCollection formData;
                try
                {
                    formData = await http.Request.ReadFormAsync(http.RequestAborted);
                }
                catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    return DocumentProblems.Rejected(http, ImageRejection.TooLarge);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
                {
                    return DocumentProblems.MalformedForm(http);
                }

                var errors = new FieldErrors();
                var form = CheckForm.Validate(formData, errors);
                if (form is null)
                {
                    return Problems.Validation(http, errors);
                }
                if (form.Image.Length > ImageIntake.MaxBytes)
                {
                    return DocumentProblems.Rejected(http, ImageRejection.TooLarge);
                }
                // Until now the picture is where the form reader left it: past 64 KB, in a temporary file. Only with a
                // reading slot does the upload touch the database or memory: however many arrive at once, no more
                // pictures than slots are in memory and no more connections than slots are taken.
                using var slot = await slots.TryTakeAsync(http.RequestAborted);
                if (slot is null)
                {
                    return DocumentProblems.Busy(http);
                }
                if (await KnownCrossing.IsOtherPostsAsync(session, form.CrossingId, http.User.PostCode()!, http.RequestAborted))
                {
                    errors.Add("crossingId", KnownCrossing.OtherPosts);
                    return Problems.Validation(http, errors);
                }
                // A retry of a check already made (same id) is answered from the store, hashing the file as it streams by.
                if (await session.LoadAsync<DocumentCheck>(form.CheckId, http.RequestAborted) is { } done)
                {
                    return Replay(http, form.CheckId, done, await Sha256OfAsync(form.Image, http.RequestAborted));
                }
                var content = await ReadAllAsync(form.Image, http.RequestAborted);
                var intake = ImageIntake.Accept(content);
                using var gray = intake.Gray;
                if (intake.Rejection is { } rejection)
                {
                    return DocumentProblems.Rejected(http, rejection);
                }

                var request = new CheckRequest(form.CheckId, http.User.PostCode()!, http.User.UserName(), "upload", form.CrossingId, form.ExpectedDocument);
                var outcome = await registers.ConsultAsync(session, run.Run(request, content, intake), http.RequestAborted);
                var (stored, existing) = await CheckStorage.StoreAsync(session, outcome, http.RequestAborted);
                if (stored == CheckStorage.Stored.New)
                {
                    var check = DocumentCheck.Create(outcome.Submitted);
                    check = outcome.MrzRead is null ? check : check.Apply(outcome.MrzRead);
                    return Results.Created($"/api/document-checks/{form.CheckId}", DocumentCheckAnswers.View(check.Apply(outcome.Completed)));
                }
                return Replay(http, form.CheckId, existing, outcome.Submitted.Image?.Sha256);
            })
            .ReadsForm()
            .Produces<DocumentCheckView>(201)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff)
            .WithMetadata(new RequestSizeLimitMetadata(MaxRequestBytes))
            .DisableAntiforgery();

    // A retry of the same upload (same id, same post, same image) gets the first answer again; anything else conflicts.
    private static IResult Replay(HttpContext http, Guid checkId, DocumentCheck? existing, string? sha256) =>
        existing is not null && existing.Image?.Sha256 == sha256 && http.User.WorksAt(existing.Post)
            ? Results.Created($"/api/document-checks/{checkId}", DocumentCheckAnswers.View(existing))
            : DocumentProblems.IdConflict(http);

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken ct)
    {
        var content = new byte[file.Length]; // one buffer of the picture's size, no copy
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(content, ct);
        return content;
    }

    private static async Task<string> Sha256OfAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(stream, ct));
    }

    private sealed class RequestSizeLimitMetadata(long limit) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => limit;
    }
}
