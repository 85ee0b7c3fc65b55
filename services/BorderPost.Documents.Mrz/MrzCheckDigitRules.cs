namespace BorderPost.Documents.Mrz;

/// <summary>Reports each check digit of the layout that is missing or wrong.</summary>
internal static class MrzCheckDigitRules
{
    /// <summary>Adds one finding per failing check digit; returns true when all pass.</summary>
    public static bool Check(MrzLayout layout, IReadOnlyList<string> lines, List<MrzFinding> findings)
    {
        var allPass = true;
        foreach (var check in layout.Checks)
        {
            if (check.Passes(lines))
            {
                continue;
            }

            allPass = false;
            findings.Add(new MrzFinding(MrzFindingCodes.CheckDigit, MrzSeverity.Critical, check.Field, check.DescribeFailure(lines)));
        }

        return allPass;
    }
}
