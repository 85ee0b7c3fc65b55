using BorderPost.Documents.Mrz;

namespace BorderPost.Documents.Evaluation;

/// <summary>The fields an officer copies into a record, as the MRZ parser reads them.</summary>
internal sealed record KeyFields(string Number, string Birth, string Expiry, string Nationality, string Sex, string Surname, string GivenNames)
{
    private static readonly DateOnly AnyDay = new(2026, 1, 1);

    public static KeyFields? Of(string mrz) =>
        MrzParser.Parse(mrz.Split('\n'), AnyDay).Fields is { } f
            ? new KeyFields(f.DocumentNumber, f.BirthDate, f.ExpiryDate, f.Nationality, f.Sex, f.Surname, f.GivenNames)
            : null;

    /// <summary>The format's name as the labels write it (TD1, TD2, TD3, MRVA, MRVB), from the true MRZ.</summary>
    public static string? FormatOf(string mrz) =>
        MrzParser.Parse(mrz.Split('\n'), AnyDay).Format?.ToString().ToUpperInvariant();
}
