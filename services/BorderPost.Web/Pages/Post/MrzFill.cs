using BorderPost.HttpApi.Documents;
using BorderPost.HttpApi.People;

namespace BorderPost.Web.Pages.Post;

/// <summary>Copies what the MRZ says into the crossing form; the officer checks it before saving.</summary>
public static class MrzFill
{
    public static void Apply(CrossingForm form, MrzFieldsView? fields)
    {
        if (fields is null)
        {
            return;
        }
        form.Surname = Text(fields.Surname) ?? form.Surname;
        form.GivenNames = Text(fields.GivenNames) ?? form.GivenNames;
        form.Sex = Text(fields.Sex) is "M" or "F" ? Text(fields.Sex) : form.Sex ?? "X";
        form.DateOfBirth = IsoDate(fields.BirthDate) ?? form.DateOfBirth;
        form.Nationality = Text(fields.Nationality)?.TrimEnd('<') ?? form.Nationality;
        form.DocumentNumber = Text(fields.DocumentNumber) ?? form.DocumentNumber;
        form.IssuingCountry = Text(fields.IssuingCountry)?.TrimEnd('<') ?? form.IssuingCountry;
        form.ExpiryDate = IsoDate(fields.ExpiryDate) ?? form.ExpiryDate;
        form.DocumentType = Text(fields.DocumentType) switch
        {
            { } t when t.StartsWith('P') => DocumentTypes.Passport,
            { } t when t.StartsWith('V') => DocumentTypes.Visa,
            { } t when t.StartsWith('I') || t.StartsWith('A') || t.StartsWith('C') => DocumentTypes.IdCard,
            _ => form.DocumentType,
        };
        if (form.DateOfBirth is not null)
        {
            form.EstimatedAge = null;
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? IsoDate(string? text) => LocalInput.Input(LocalInput.Date(Text(text)));
}
