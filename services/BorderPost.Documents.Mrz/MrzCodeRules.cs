namespace BorderPost.Documents.Mrz;

/// <summary>Checks the coded elements: document code, country codes and sex.</summary>
internal static class MrzCodeRules
{
    public static void Check(MrzLayout layout, IReadOnlyList<string> lines, List<MrzFinding> findings)
    {
        CheckDocumentType(layout.Format, layout.DocumentType.Read(lines), findings);
        CheckCountry(MrzFieldNames.IssuingCountry, layout.IssuingCountry.Read(lines), findings);
        CheckCountry(MrzFieldNames.Nationality, layout.Nationality.Read(lines), findings);
        CheckSpecimen(layout, lines, findings);

        var sex = layout.Sex.Read(lines);
        if (sex is not ("M" or "F" or "X" or "<"))
        {
            findings.Add(new MrzFinding(MrzFindingCodes.InvalidSex, MrzSeverity.Critical, MrzFieldNames.Sex, $"'{sex}' is not M, F, X or <"));
        }
    }

    private static void CheckDocumentType(MrzFormat format, string code, List<MrzFinding> findings)
    {
        var allowedFirst = format switch
        {
            MrzFormat.Td3 => "P",
            MrzFormat.MrvA or MrzFormat.MrvB => "V",
            _ => "ACI",
        };
        var firstOk = code.Length > 0 && allowedFirst.Contains(code[0], StringComparison.Ordinal);
        var secondOk = code.Length > 1 && (MrzAlphabet.IsLetter(code[1]) || code[1] == MrzAlphabet.Filler);
        if (!firstOk || !secondOk)
        {
            var detail = $"'{code}' is not a {format} document code (first character one of {allowedFirst}, then a letter or filler)";
            findings.Add(new MrzFinding(MrzFindingCodes.InvalidDocumentType, MrzSeverity.Warning, MrzFieldNames.DocumentType, detail));
        }
    }

    // ICAO's fictitious state Utopia (UTO) and names such as SPECIMEN or MUSTERMANN mark a specimen: a document
    // printed to show what the real ones look like. It is reported as such, never as a forgery.
    private static void CheckSpecimen(MrzLayout layout, IReadOnlyList<string> lines, List<MrzFinding> findings)
    {
        var issuer = layout.IssuingCountry.Read(lines).TrimEnd('<');
        var nationality = layout.Nationality.Read(lines).TrimEnd('<');
        var names = layout.Name.Read(lines).Split('<', StringSplitOptions.RemoveEmptyEntries);
        var word = names.FirstOrDefault(MrzCountryCodes.SpecimenNames.Contains);
        if (issuer == MrzCountryCodes.Specimen || nationality == MrzCountryCodes.Specimen || word is not null)
        {
            var detail = word ?? MrzCountryCodes.Specimen;
            findings.Add(new MrzFinding(MrzFindingCodes.Specimen, MrzSeverity.Warning, MrzFieldNames.IssuingCountry, detail));
        }
    }

    private static void CheckCountry(string field, string code, List<MrzFinding> findings)
    {
        if (code.TrimEnd('<') == MrzCountryCodes.Specimen)
        {
            return;
        }
        if (!MrzCountryCodes.IsKnown(code))
        {
            var detail = $"'{code}' is neither an ISO 3166-1 alpha-3 code nor an ICAO code";
            findings.Add(new MrzFinding(MrzFindingCodes.UnknownCountry, MrzSeverity.Warning, field, detail));
        }
    }
}
