namespace BorderPost.Documents.Mrz;

/// <summary>Recognises the layout from the number and lengths of the lines; nothing else is tolerated.</summary>
internal static class MrzFormatDetector
{
    public const string Expected = "3 lines of 30 (TD1), 2 lines of 36 (TD2, MRV-B) or 2 lines of 44 (TD3, MRV-A)";

    public static MrzFormat? Detect(IReadOnlyList<string> lines)
    {
        var isVisa = lines.Count > 0 && lines[0].Length > 0 && lines[0][0] == 'V';
        return lines.Count switch
        {
            3 when lines.All(line => line.Length == 30) => MrzFormat.Td1,
            2 when lines.All(line => line.Length == 36) => isVisa ? MrzFormat.MrvB : MrzFormat.Td2,
            2 when lines.All(line => line.Length == 44) => isVisa ? MrzFormat.MrvA : MrzFormat.Td3,
            _ => null,
        };
    }

    public static string DescribeMismatch(IReadOnlyList<string> lines)
    {
        const int Shown = 5;
        var lengths = string.Join(", ", lines.Take(Shown).Select(line => line.Length));
        var more = lines.Count > Shown ? ", ..." : string.Empty;
        return lines.Count == 0
            ? $"no text; expected {Expected}"
            : $"{lines.Count} line(s) of length {lengths}{more}; expected {Expected}";
    }
}
