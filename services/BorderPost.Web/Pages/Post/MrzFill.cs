using System.Text.Json.Nodes;

namespace BorderPost.Web.Pages.Post;

/// <summary>Copies what the MRZ says into the crossing form; the officer checks it before saving.</summary>
public static class MrzFill
{
    public static void Apply(CrossingForm form, JsonNode? fields)
    {
        if (fields is null)
        {
            return;
        }
        form.Surname = Text(fields, "surname") ?? form.Surname;
        form.GivenNames = Text(fields, "givenNames") ?? form.GivenNames;
        form.Sex = Text(fields, "sex") is "M" or "F" ? Text(fields, "sex") : form.Sex ?? "X";
        form.DateOfBirth = IsoDate(Text(fields, "birthDate")) ?? form.DateOfBirth;
        form.Nationality = Text(fields, "nationality")?.TrimEnd('<') ?? form.Nationality;
        form.DocumentNumber = Text(fields, "documentNumber") ?? form.DocumentNumber;
        form.IssuingCountry = Text(fields, "issuingCountry")?.TrimEnd('<') ?? form.IssuingCountry;
        form.ExpiryDate = IsoDate(Text(fields, "expiryDate")) ?? form.ExpiryDate;
        form.DocumentType = Text(fields, "documentType") switch
        {
            { } t when t.StartsWith('P') => "passport",
            { } t when t.StartsWith('V') => "visa",
            { } t when t.StartsWith('I') || t.StartsWith('A') || t.StartsWith('C') => "id_card",
            _ => form.DocumentType,
        };
        if (form.DateOfBirth is not null)
        {
            form.EstimatedAge = null;
        }
    }

    private static string? Text(JsonNode fields, string name) =>
        fields[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    private static string? IsoDate(string? text) => LocalInput.Date(text);
}
