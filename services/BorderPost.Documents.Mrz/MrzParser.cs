namespace BorderPost.Documents.Mrz;

/// <summary>Parses and validates ICAO Doc 9303 machine-readable zones. Never throws.</summary>
public static class MrzParser
{
    private const string FrenchIdentityCard = "IDFRA";

    /// <summary>
    /// Parses MRZ text: lines separated by \n or \r\n, blank lines ignored, whitespace removed, lower case
    /// upper-cased. <paramref name="referenceDate"/> is the date the document is checked (the crossing date).
    /// </summary>
    public static MrzReading Parse(string? text, DateOnly referenceDate) =>
        ParseNormalised(MrzLineNormalizer.FromText(text), referenceDate);

    /// <summary>Parses MRZ lines; each is normalised as in <see cref="Parse(string?, DateOnly)"/>.</summary>
    public static MrzReading Parse(IReadOnlyList<string>? lines, DateOnly referenceDate) =>
        ParseNormalised(MrzLineNormalizer.FromLines(lines), referenceDate);

    private static MrzReading ParseNormalised(IReadOnlyList<string> lines, DateOnly referenceDate)
    {
        var findings = new List<MrzFinding>();
        var format = MrzFormatDetector.Detect(lines);
        if (format is null)
        {
            findings.Add(new MrzFinding(
                MrzFindingCodes.FormatUnknown, MrzSeverity.Critical, null, MrzFormatDetector.DescribeMismatch(lines)));
            MrzCharacterRules.Check(lines, null, findings);
            return new MrzReading(null, lines, null, findings, CheckDigitsValid: false);
        }

        if (format == MrzFormat.Td2 && lines[0].StartsWith(FrenchIdentityCard, StringComparison.Ordinal)
            && lines[1][13..19].Any(MrzAlphabet.IsLetter))
        {
            // France's identity card of 1988-2021: two lines of 36 in a national layout (a 12-character number, then the
            // given names where ICAO's TD2 has the birth date), not ICAO's TD2. Its ICAO check digits would all "fail":
            // it is not decoded.
            findings.Add(new MrzFinding(MrzFindingCodes.NationalLayout, MrzSeverity.Warning, null, "FRA identity card (1988-2021)"));
            return new MrzReading(format, lines, null, findings, CheckDigitsValid: false);
        }

        var layout = MrzLayouts.Create(format.Value, lines);
        MrzCharacterRules.Check(lines, layout, findings);
        var checkDigitsValid = MrzCheckDigitRules.Check(layout, lines, findings);
        MrzCodeRules.Check(layout, lines, findings);
        var fields = MrzFieldReader.Read(layout, lines, referenceDate, findings);
        MrzFillerRules.Check(layout, lines, findings);
        return new MrzReading(format, lines, fields, findings, checkDigitsValid);
    }
}
