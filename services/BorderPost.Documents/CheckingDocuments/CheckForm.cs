namespace BorderPost.Documents.CheckingDocuments;

/// <summary>The multipart form of <c>POST /api/document-checks</c>, validated.</summary>
public sealed record CheckForm(Guid CheckId, IFormFile Image, Guid? CrossingId, ExpectedDocument? ExpectedDocument)
{
    private static readonly LocalizedText ImageMissing = Texts.Get("CheckForm.ImageMissing");
    private static readonly LocalizedText NotAnId = Texts.Get("CheckForm.NotAnId");
    private static readonly LocalizedText UnknownType = Texts.Get("CheckForm.UnknownType");

    public static CheckForm? Validate(IFormCollection form, FieldErrors errors)
    {
        var image = form.Files.GetFile("image");
        if (image is null)
        {
            errors.Add("image", ImageMissing);
        }
        var checkId = OptionalGuid(form, "checkId", errors) ?? Guid.CreateVersion7();
        var crossingId = OptionalGuid(form, "crossingId", errors);
        ExpectedDocument? expected = null;
        if (form.TryGetValue("expectedDocumentType", out var type) && !string.IsNullOrWhiteSpace(type))
        {
            expected = ExpectedDocumentExtensions.Parse(type);
            if (expected is null)
            {
                errors.Add("expectedDocumentType", UnknownType);
            }
        }
        return errors.Any ? null : new CheckForm(checkId, image!, crossingId, expected);
    }

    private static Guid? OptionalGuid(IFormCollection form, string field, FieldErrors errors)
    {
        if (!form.TryGetValue(field, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (Guid.TryParse(value.ToString().Trim(), out var id) && id != Guid.Empty)
        {
            return id;
        }
        errors.Add(field, NotAnId);
        return null;
    }
}
