namespace BorderPost.Documents.Mrz;

/// <summary>How a printed YYMMDD date reads.</summary>
internal enum MrzDateStatus
{
    Valid,

    /// <summary>Partly or wholly unknown: written with fillers.</summary>
    Unknown,

    /// <summary>Not a calendar date, or holds characters other than digits and fillers.</summary>
    Invalid,
}

/// <summary>Reads YYMMDD dates and resolves their century against the date the document is checked.</summary>
internal static class MrzDate
{
    /// <summary>A birth date is never later than the reference year: 20YY unless that year is after it.</summary>
    public static (MrzDateStatus Status, DateOnly? Value) ReadBirth(string raw, DateOnly reference) =>
        Read(raw, yy => 2000 + yy > reference.Year ? 1900 + yy : 2000 + yy);

    /// <summary>An expiry date is 20YY unless that is more than 50 years after the reference year.</summary>
    public static (MrzDateStatus Status, DateOnly? Value) ReadExpiry(string raw, DateOnly reference) =>
        Read(raw, yy => 2000 + yy > reference.Year + 50 ? 1900 + yy : 2000 + yy);

    private static (MrzDateStatus Status, DateOnly? Value) Read(string raw, Func<int, int> century)
    {
        if (raw.Length != 6 || !raw.All(c => MrzAlphabet.IsDigit(c) || c == MrzAlphabet.Filler))
        {
            return (MrzDateStatus.Invalid, null);
        }

        if (raw.Contains(MrzAlphabet.Filler, StringComparison.Ordinal))
        {
            return (MrzDateStatus.Unknown, null);
        }

        var year = century(TwoDigits(raw, 0));
        var month = TwoDigits(raw, 2);
        var day = TwoDigits(raw, 4);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return (MrzDateStatus.Invalid, null);
        }

        return (MrzDateStatus.Valid, new DateOnly(year, month, day));
    }

    private static int TwoDigits(string text, int start) => ((text[start] - '0') * 10) + (text[start + 1] - '0');
}
