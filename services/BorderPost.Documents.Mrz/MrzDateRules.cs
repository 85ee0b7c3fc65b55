using System.Globalization;

namespace BorderPost.Documents.Mrz;

/// <summary>Reads birth and expiry dates and reports impossible or inconsistent ones.</summary>
internal static class MrzDateRules
{
    public static (DateOnly? Birth, DateOnly? Expiry) Check(
        string birthRaw, string expiryRaw, DateOnly reference, List<MrzFinding> findings)
    {
        var (birthStatus, birth) = MrzDate.ReadBirth(birthRaw, reference);
        var (expiryStatus, expiry) = MrzDate.ReadExpiry(expiryRaw, reference);
        Report(MrzFieldNames.BirthDate, birthRaw, birthStatus, findings);
        Report(MrzFieldNames.ExpiryDate, expiryRaw, expiryStatus, findings);

        if (birth > reference)
        {
            findings.Add(new MrzFinding(
                MrzFindingCodes.BirthInFuture, MrzSeverity.Critical, MrzFieldNames.BirthDate, $"born {Iso(birth)}, checked {Iso(reference)}"));
        }

        if (birth > expiry)
        {
            findings.Add(new MrzFinding(
                MrzFindingCodes.BirthAfterExpiry, MrzSeverity.Critical, MrzFieldNames.ExpiryDate, $"born {Iso(birth)}, expires {Iso(expiry)}"));
        }

        if (expiry < reference)
        {
            findings.Add(new MrzFinding(
                MrzFindingCodes.Expired, MrzSeverity.Warning, MrzFieldNames.ExpiryDate, $"expired {Iso(expiry)}, checked {Iso(reference)}"));
        }

        return (birth, expiry);
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";

    private static void Report(string field, string raw, MrzDateStatus status, List<MrzFinding> findings)
    {
        if (status == MrzDateStatus.Invalid)
        {
            findings.Add(new MrzFinding(MrzFindingCodes.InvalidDate, MrzSeverity.Critical, field, $"'{raw}' is not a YYMMDD calendar date"));
        }
        else if (status == MrzDateStatus.Unknown)
        {
            findings.Add(new MrzFinding(MrzFindingCodes.DateUnknown, MrzSeverity.Warning, field, $"'{raw}' is partly or wholly unknown"));
        }
    }
}
