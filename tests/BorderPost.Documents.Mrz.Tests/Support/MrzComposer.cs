using System.Globalization;

namespace BorderPost.Documents.Mrz.Tests.Support;

/// <summary>Writes valid MRZ lines for an identity, computing every check digit (test oracle for round trips).</summary>
internal static class MrzComposer
{
    public static string[] Compose(MrzFormat format, TravellerIdentity id) => format switch
    {
        MrzFormat.Td1 => Td1(id),
        MrzFormat.Td2 => TwoLine(id, 36, composite: true),
        MrzFormat.Td3 => Td3(id),
        MrzFormat.MrvA => TwoLine(id, 44, composite: false),
        _ => TwoLine(id, 36, composite: false),
    };

    public static string Pad(string value, int length) => value.Replace(' ', '<').PadRight(length, '<')[..length];

    public static char Digit(string field) => (char)('0' + CheckDigit.Compute(field));

    public static string Date(DateOnly date) => date.ToString("yyMMdd", CultureInfo.InvariantCulture);

    private static string Name(TravellerIdentity id, int length) =>
        Pad(id.GivenNames.Length == 0 ? id.Surname : $"{id.Surname}<<{id.GivenNames}", length);

    private static string Header(TravellerIdentity id, int length) =>
        Pad(id.DocumentType, 2) + Pad(id.IssuingCountry, 3) + Name(id, length - 5);

    /// <summary>Number, its check digit and the data it overflows into (the ICAO long-number rule).</summary>
    private static (string Number, string Optional) NumberAndOptional(TravellerIdentity id, int optionalLength)
    {
        if (id.DocumentNumber.Length <= 9)
        {
            var number = Pad(id.DocumentNumber, 9);
            return (number + Digit(number), Pad(id.OptionalData, optionalLength));
        }

        var overflow = id.DocumentNumber[9..] + Digit(id.DocumentNumber);
        var rest = id.OptionalData.Length == 0 ? string.Empty : "<" + id.OptionalData;
        return (id.DocumentNumber[..9] + "<", Pad(overflow + rest, optionalLength));
    }

    private static string Dates(TravellerIdentity id)
    {
        var birth = id.BirthDateText ?? Date(id.Birth);
        var expiry = id.ExpiryDateText ?? Date(id.Expiry);
        return birth + Digit(birth) + id.Sex + expiry + Digit(expiry);
    }

    private static string[] Td3(TravellerIdentity id)
    {
        var optional = Pad(id.OptionalData, 14);
        var optionalDigit = id.OptionalData.Length == 0 ? '<' : Digit(optional);
        var body = Pad(id.DocumentNumber, 9) + Digit(Pad(id.DocumentNumber, 9)) + Pad(id.Nationality, 3) + Dates(id) + optional + optionalDigit;
        return [Header(id, 44), body + Digit(body[..10] + body[13..20] + body[21..43])];
    }

    private static string[] TwoLine(TravellerIdentity id, int length, bool composite)
    {
        var optionalLength = length - 28 - (composite ? 1 : 0);
        var (number, optional) = NumberAndOptional(id, optionalLength);
        var body = number + Pad(id.Nationality, 3) + Dates(id) + optional;
        return [Header(id, length), composite ? body + Digit(body[..10] + body[13..20] + body[21..]) : body];
    }

    private static string[] Td1(TravellerIdentity id)
    {
        var (number, optional) = NumberAndOptional(id, 15);
        var line1 = Pad(id.DocumentType, 2) + Pad(id.IssuingCountry, 3) + number + optional;
        var line2 = Dates(id) + Pad(id.Nationality, 3) + Pad(id.OptionalData2, 11);
        var composite = Digit(line1[5..] + line2[..7] + line2[8..15] + line2[18..29]);
        return [line1, line2 + composite, Name(id, 30)];
    }
}
