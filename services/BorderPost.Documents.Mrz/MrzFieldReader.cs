namespace BorderPost.Documents.Mrz;

/// <summary>Reads the data elements of a layout and reports problems with names and dates on the way.</summary>
internal static class MrzFieldReader
{
    public static MrzFields Read(MrzLayout layout, IReadOnlyList<string> lines, DateOnly reference, List<MrzFinding> findings)
    {
        var name = MrzName.Read(layout.Name.Read(lines));
        foreach (var (field, problem) in name.Problems)
        {
            findings.Add(new MrzFinding(MrzFindingCodes.NameFormat, MrzSeverity.Warning, field, problem));
        }

        var birth = layout.BirthDate.Read(lines);
        var expiry = layout.ExpiryDate.Read(lines);
        var (birthValue, expiryValue) = MrzDateRules.Check(birth, expiry, reference, findings);

        return new MrzFields(
            DocumentType: Trim(layout.DocumentType.Read(lines)),
            IssuingCountry: Trim(layout.IssuingCountry.Read(lines)),
            DocumentNumber: Trim(layout.DocumentNumber.Read(lines)),
            Surname: name.Surname,
            GivenNames: name.GivenNames,
            Nationality: Trim(layout.Nationality.Read(lines)),
            BirthDate: birth,
            BirthDateValue: birthValue,
            Sex: layout.Sex.Read(lines),
            ExpiryDate: expiry,
            ExpiryDateValue: expiryValue,
            OptionalData: Trim(layout.OptionalData.Read(lines)),
            OptionalData2: layout.OptionalData2 is null ? string.Empty : Trim(layout.OptionalData2.Read(lines)));
    }

    private static string Trim(string value) => value.Trim(MrzAlphabet.Filler);
}
