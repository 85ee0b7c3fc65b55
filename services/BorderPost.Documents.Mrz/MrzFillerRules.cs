namespace BorderPost.Documents.Mrz;

/// <summary>
/// Reports data where ICAO requires filler padding: left-justified codes and the document number must
/// not continue after their padding has started.
/// </summary>
internal static class MrzFillerRules
{
    public static void Check(MrzLayout layout, IReadOnlyList<string> lines, List<MrzFinding> findings)
    {
        CheckPadding(MrzFieldNames.DocumentType, layout.DocumentType.Spans[0].Read(lines), findings);
        CheckPadding(MrzFieldNames.IssuingCountry, layout.IssuingCountry.Spans[0].Read(lines), findings);
        CheckPadding(MrzFieldNames.DocumentNumber, layout.DocumentNumber.Spans[0].Read(lines), findings);
        CheckPadding(MrzFieldNames.Nationality, layout.Nationality.Spans[0].Read(lines), findings);
    }

    private static void CheckPadding(string field, string value, List<MrzFinding> findings)
    {
        var firstFiller = value.IndexOf(MrzAlphabet.Filler, StringComparison.Ordinal);
        if (firstFiller < 0 || MrzAlphabet.IsAllFiller(value.AsSpan(firstFiller)))
        {
            return;
        }

        var detail = $"'{value}' continues after its filler padding";
        findings.Add(new MrzFinding(MrzFindingCodes.Filler, MrzSeverity.Warning, field, detail));
    }
}
