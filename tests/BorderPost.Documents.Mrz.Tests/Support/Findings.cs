namespace BorderPost.Documents.Mrz.Tests.Support;

/// <summary>Shorthands for asserting on findings.</summary>
internal static class Findings
{
    public static IEnumerable<MrzFinding> Critical(MrzReading reading) =>
        reading.Findings.Where(finding => finding.Severity == MrzSeverity.Critical);

    public static IEnumerable<string> Codes(MrzReading reading) => reading.Findings.Select(finding => finding.Code);

    public static MrzFinding Single(MrzReading reading, string code, string? field = null) =>
        Assert.Single(reading.Findings, finding => finding.Code == code && (field is null || finding.Field == field));

    public static MrzReading Parse(string[] lines) => MrzParser.Parse(lines, Specimens.CheckedOn);
}
