namespace BorderPost.Documents.Reading;

/// <summary>The kind of document the officer says they are scanning; a different kind is reported, not refused.</summary>
public enum ExpectedDocument
{
    Passport,
    IdCard,
    Visa,
}

public static class ExpectedDocumentExtensions
{
    /// <summary><c>passport</c>, <c>id_card</c> or <c>visa</c> (case-insensitive); null for anything else.</summary>
    public static ExpectedDocument? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "passport" => ExpectedDocument.Passport,
        "id_card" => ExpectedDocument.IdCard,
        "visa" => ExpectedDocument.Visa,
        _ => null,
    };

    /// <summary>Whether an MRZ document code (P, PO, I, ID, AC, V, VS…) is of this kind (ICAO 9303 part 4–7).</summary>
    public static bool Matches(this ExpectedDocument expected, string documentCode) => expected switch
    {
        ExpectedDocument.Passport => documentCode.StartsWith('P'),
        ExpectedDocument.IdCard => documentCode.StartsWith('I') || documentCode.StartsWith('A') || documentCode.StartsWith('C'),
        ExpectedDocument.Visa => documentCode.StartsWith('V'),
        _ => false,
    };
}
