using BorderPost.Documents.Mrz;


namespace BorderPost.Documents.Generator;

/// <summary>Writes ICAO 9303 MRZ lines for an identity, with correct check digits.</summary>
internal static class MrzComposer
{
    public static string[] Compose(DocumentKind kind, Identity person) => kind switch
    {
        DocumentKind.Passport => Td3(person),
        DocumentKind.IdCard => Td1(person),
        DocumentKind.Visa => Mrv(person, 44),
        DocumentKind.SmallVisa => Mrv(person, 36),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string[] Td3(Identity p)
    {
        var line1 = Fit("P<" + Country(p.IssuingCountry) + Names(p), 44);
        var number = Fit(p.DocumentNumber, 9);
        var optional = Fit(p.OptionalData, 14);
        var optionalCheck = p.OptionalData.Length == 0 ? "<" : Digit(optional);
        var body = number + Digit(number) + Country(p.Nationality) + Date(p.BirthDate) + Digit(Date(p.BirthDate))
            + p.Sex + Date(p.ExpiryDate) + Digit(Date(p.ExpiryDate)) + optional + optionalCheck;
        var composite = body[..10] + body[13..20] + body[21..43];
        return [line1, body + Digit(composite)];
    }

    private static string[] Td1(Identity p)
    {
        string numberPart;
        if (p.DocumentNumber.Length <= 9)
        {
            var number = Fit(p.DocumentNumber, 9);
            numberPart = number + Digit(number) + Fit(p.OptionalData, 15);
        }
        else
        {
            // Long document number: nine characters, a filler where the check digit would be, the rest and its
            // check digit at the start of the optional data.
            numberPart = p.DocumentNumber[..9] + "<" + p.DocumentNumber[9..] + Digit(p.DocumentNumber);
            numberPart = Fit(numberPart, 25);
        }
        var line1 = "I<" + Country(p.IssuingCountry) + numberPart;
        var line2Start = Date(p.BirthDate) + Digit(Date(p.BirthDate)) + p.Sex + Date(p.ExpiryDate)
            + Digit(Date(p.ExpiryDate)) + Country(p.Nationality) + Fit("", 11);
        var composite = line1[5..30] + line2Start[..7] + line2Start[8..15] + line2Start[18..29];
        var line2 = line2Start + Digit(composite);
        return [line1, line2, Fit(Names(p), 30)];
    }

    // MRV-A (2 x 44) and MRV-B (2 x 36): the same fields, the optional data takes what is left of line 2.
    private static string[] Mrv(Identity p, int length)
    {
        var line1 = Fit("V<" + Country(p.IssuingCountry) + Names(p), length);
        var number = Fit(p.DocumentNumber, 9);
        var line2 = number + Digit(number) + Country(p.Nationality) + Date(p.BirthDate) + Digit(Date(p.BirthDate))
            + p.Sex + Date(p.ExpiryDate) + Digit(Date(p.ExpiryDate));
        return [line1, line2 + Fit(p.OptionalData, length - line2.Length)];
    }

    private static string Names(Identity p) =>
        p.Surname.Replace(' ', '<').Replace('-', '<') + "<<" + p.GivenNames.Replace(' ', '<').Replace('-', '<');

    private static string Country(string code) => Fit(code, 3);

    private static string Date(DateOnly date) => date.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Digit(string field) => CheckDigit.Compute(field).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Fit(string value, int length) =>
        value.Length >= length ? value[..length] : value + new string('<', length - value.Length);
}

internal enum DocumentKind
{
    Passport,
    IdCard,
    Visa,

    /// <summary>MRV-B: the smaller visa, two lines of 36.</summary>
    SmallVisa,
}
