using BorderPost.ServiceDefaults.Http;

namespace BorderPost.ServiceDefaults.Validation;

/// <summary>Validation messages shared by every service, in French, Haitian Creole and English.</summary>
public static class FieldMessages
{
    public static readonly LocalizedText Required = CommonText.Required;

    public static LocalizedText OneOf(IEnumerable<string> allowed)
    {
        var list = string.Join(", ", allowed);
        return CommonText.Get("FieldMessages.OneOf", list);
    }

    public static LocalizedText TooLong(int max) =>
        CommonText.Get("FieldMessages.TooLong", max);

    public static LocalizedText TooMany(int max) =>
        CommonText.Get("FieldMessages.TooMany", max);

    public static LocalizedText Range(int min, int max) =>
        CommonText.Get("FieldMessages.Range", min, max);

    public static readonly LocalizedText UnknownPost = CommonText.Get("FieldMessages.UnknownPost");

    public static readonly LocalizedText NotUtc = CommonText.Get("FieldMessages.NotUtc");

    public static readonly LocalizedText InFuture = CommonText.Get("FieldMessages.InFuture");

    public static readonly LocalizedText TooOld = CommonText.Get("FieldMessages.TooOld");

    /// <summary>Why an agency cannot receive a child (<paramref name="minor"/>) or an adult victim.</summary>
    public static LocalizedText AgencyFor(bool minor) => minor ? AgencyForMinor : AgencyForVictim;

    private static readonly LocalizedText AgencyForMinor = CommonText.Get("FieldMessages.AgencyForMinor");

    private static readonly LocalizedText AgencyForVictim = CommonText.Get("FieldMessages.AgencyForVictim");

    public static readonly LocalizedText BirthDateInvalid = CommonText.Get("FieldMessages.BirthDateInvalid");

    public static readonly LocalizedText BirthOrAge = CommonText.Get("FieldMessages.BirthOrAge");

    public static readonly LocalizedText UnknownCountry = CommonText.Get("FieldMessages.UnknownCountry");

    public static readonly LocalizedText Sex = CommonText.Get("FieldMessages.Sex");

    public static readonly LocalizedText ControlCharacters = CommonText.Get("FieldMessages.ControlCharacters");

    public static readonly LocalizedText EmptyId = CommonText.Get("FieldMessages.EmptyId");

    /// <summary>Text fields take printable text; free text may also hold line breaks and tabs.</summary>
    public static bool HasControlCharacters(string text, bool allowLineBreaks = false) =>
        text.Any(c => char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t'));
}
