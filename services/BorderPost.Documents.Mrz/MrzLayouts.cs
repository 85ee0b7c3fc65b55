namespace BorderPost.Documents.Mrz;

/// <summary>Builds the layout of each format (ICAO Doc 9303 parts 4 to 7), 0-based positions.</summary>
internal static class MrzLayouts
{
    public static MrzLayout Create(MrzFormat format, IReadOnlyList<string> lines) => format switch
    {
        MrzFormat.Td1 => Td1(lines),
        MrzFormat.Td2 => TwoLine(format, lines, lineLength: 36, optionalLength: 7, personalCheck: false, composite: true),
        MrzFormat.Td3 => TwoLine(format, lines, lineLength: 44, optionalLength: 14, personalCheck: true, composite: true),
        MrzFormat.MrvA => TwoLine(format, lines, lineLength: 44, optionalLength: 16, personalCheck: false, composite: false),
        _ => TwoLine(format, lines, lineLength: 36, optionalLength: 8, personalCheck: false, composite: false),
    };

    private static MrzLayout TwoLine(MrzFormat format, IReadOnlyList<string> lines, int lineLength, int optionalLength, bool personalCheck, bool composite)
    {
        // TD2 shares the TD1 rule for document numbers longer than nine characters.
        var number = format == MrzFormat.Td2
            ? DocumentNumberLayout.Find(lines, line: 1, start: 0, optionalStart: 28, optionalLength)
            : DocumentNumberLayout.Plain(line: 1, start: 0, optionalStart: 28, optionalLength);
        var optional = new MrzField(MrzFieldNames.OptionalData, MrzCharKind.Alphanumeric, 1, number.OptionalStart, number.OptionalLength);
        var birth = new MrzField(MrzFieldNames.BirthDate, MrzCharKind.Digits, 1, 13, 6);
        var expiry = new MrzField(MrzFieldNames.ExpiryDate, MrzCharKind.Digits, 1, 21, 6);
        var checks = new List<MrzCheck>
        {
            number.Check,
            new(MrzFieldNames.BirthDate, birth.Spans, new MrzSpan(1, 19, 1)),
            new(MrzFieldNames.ExpiryDate, expiry.Spans, new MrzSpan(1, 27, 1)),
        };
        if (personalCheck)
        {
            checks.Add(new(MrzFieldNames.OptionalData, optional.Spans, new MrzSpan(1, 28 + optionalLength, 1), FillerAllowedWhenEmpty: true));
        }

        if (composite)
        {
            MrzSpan[] data = [new(1, 0, 10), new(1, 13, 7), new(1, 21, lineLength - 22)];
            checks.Add(new(MrzFieldNames.Composite, data, new MrzSpan(1, lineLength - 1, 1)));
        }

        return new MrzLayout
        {
            Format = format,
            DocumentType = new(MrzFieldNames.DocumentType, MrzCharKind.Letters, 0, 0, 2),
            IssuingCountry = new(MrzFieldNames.IssuingCountry, MrzCharKind.Letters, 0, 2, 3),
            Name = new(MrzFieldNames.Name, MrzCharKind.Letters, 0, 5, lineLength - 5),
            DocumentNumber = number.Field,
            Nationality = new(MrzFieldNames.Nationality, MrzCharKind.Letters, 1, 10, 3),
            BirthDate = birth,
            Sex = new(MrzFieldNames.Sex, MrzCharKind.Sex, 1, 20, 1),
            ExpiryDate = expiry,
            OptionalData = optional,
            Checks = checks,
        };
    }

    private static MrzLayout Td1(IReadOnlyList<string> lines)
    {
        var number = DocumentNumberLayout.Find(lines, line: 0, start: 5, optionalStart: 15, optionalLength: 15);
        var birth = new MrzField(MrzFieldNames.BirthDate, MrzCharKind.Digits, 1, 0, 6);
        var expiry = new MrzField(MrzFieldNames.ExpiryDate, MrzCharKind.Digits, 1, 8, 6);
        MrzSpan[] composite = [new(0, 5, 25), new(1, 0, 7), new(1, 8, 7), new(1, 18, 11)];
        return new MrzLayout
        {
            Format = MrzFormat.Td1,
            DocumentType = new(MrzFieldNames.DocumentType, MrzCharKind.Letters, 0, 0, 2),
            IssuingCountry = new(MrzFieldNames.IssuingCountry, MrzCharKind.Letters, 0, 2, 3),
            DocumentNumber = number.Field,
            OptionalData = new(MrzFieldNames.OptionalData, MrzCharKind.Alphanumeric, 0, number.OptionalStart, number.OptionalLength),
            BirthDate = birth,
            Sex = new(MrzFieldNames.Sex, MrzCharKind.Sex, 1, 7, 1),
            ExpiryDate = expiry,
            Nationality = new(MrzFieldNames.Nationality, MrzCharKind.Letters, 1, 15, 3),
            OptionalData2 = new(MrzFieldNames.OptionalData2, MrzCharKind.Alphanumeric, 1, 18, 11),
            Name = new(MrzFieldNames.Name, MrzCharKind.Letters, 2, 0, 30),
            Checks =
            [
                number.Check,
                new(MrzFieldNames.BirthDate, birth.Spans, new MrzSpan(1, 6, 1)),
                new(MrzFieldNames.ExpiryDate, expiry.Spans, new MrzSpan(1, 14, 1)),
                new(MrzFieldNames.Composite, composite, new MrzSpan(1, 29, 1)),
            ],
        };
    }
}
