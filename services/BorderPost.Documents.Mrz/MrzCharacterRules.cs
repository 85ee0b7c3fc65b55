namespace BorderPost.Documents.Mrz;

/// <summary>Reports characters outside A-Z, 0-9 and '&lt;'.</summary>
internal static class MrzCharacterRules
{
    /// <summary>Past this many, the remaining invalid characters are summed up in one finding.</summary>
    private const int MaxReported = 10;

    public static void Check(IReadOnlyList<string> lines, MrzLayout? layout, List<MrzFinding> findings)
    {
        var reported = 0;
        var more = 0;
        for (var line = 0; line < lines.Count; line++)
        {
            var text = lines[line];
            for (var position = 0; position < text.Length; position++)
            {
                var c = text[position];
                if (MrzAlphabet.IsValid(c))
                {
                    continue;
                }

                if (reported == MaxReported)
                {
                    more++;
                    continue;
                }

                reported++;
                var field = layout?.FieldAt(lines, line, position);
                var detail = $"line {line + 1}, position {position + 1}: {MrzAlphabet.Describe(c)} is not an MRZ character";
                findings.Add(new MrzFinding(MrzFindingCodes.InvalidCharacter, MrzSeverity.Critical, field, detail));
            }
        }

        if (more > 0)
        {
            findings.Add(new MrzFinding(MrzFindingCodes.InvalidCharacter, MrzSeverity.Critical, null, $"{more} more invalid characters"));
        }
    }
}
