using System.Globalization;
using System.Text;

namespace BorderPost.Reporting.Totals;

/// <summary>
/// Totals as CSV (and, with the same table, XLSX: <see cref="TotalsXlsx"/>), one row per count, with a second row of HXL hashtags (Humanitarian Exchange Language) so that HXL
/// tools read the columns without a dictionary: <c>#date+period</c>, <c>#date+start</c>, <c>#date+end</c>,
/// <c>#adm1+name</c> (the post's department), <c>#loc+name</c> and <c>#loc+code</c> (the post), <c>#indicator+code</c>
/// (the category), <c>#meta+sex</c> and <c>#meta+age</c>, or <c>#country+code</c> (nationality), <c>#meta+purpose</c> or
/// <c>#org+code</c> (agency) (the split, when asked), and <c>#indicator+num</c> (the count, a protected small number
/// shown as <c>&lt; 5</c>).
/// </summary>
public static class TotalsCsv
{
    public static readonly string[] Header =
        ["period", "start", "end", "department", "post_name", "post", "category", "sex", "age_band", "nationality", "purpose", "agency", "count"];

    public static readonly string[] Hashtags =
    [
        "#date+period", "#date+start", "#date+end", "#adm1+name", "#loc+name", "#loc+code", "#indicator+code", "#meta+sex", "#meta+age",
        "#country+code", "#meta+purpose", "#org+code", "#indicator+num",
    ];

    public static string Write(TotalsResponse totals)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        Line(csv, Hashtags);
        foreach (var cells in Table(totals))
        {
            Line(csv, cells);
        }
        return csv.ToString();
    }

    /// <summary>The export's rows below its two header rows, as CSV and XLSX both write them.</summary>
    public static IEnumerable<string[]> Table(TotalsResponse totals) =>
        totals.Rows.Select(row =>
        {
            var department = Posts.Department.GetValueOrDefault(row.Post, "");
            return new[]
            {
                row.Period, Iso(row.Day), Iso(End(row, totals)), Posts.DepartmentName.GetValueOrDefault(department, department),
                Posts.Name.GetValueOrDefault(row.Post, row.Post), row.Post, row.Category, row.Sex ?? "", row.AgeBand ?? "",
                row.Nationality ?? "", row.Purpose ?? "", row.Agency ?? "", SmallNumbers.Shown(row, totals.SmallNumberThreshold),
            };
        });

    /// <summary>The last day of the row's period within the query.</summary>
    private static DateOnly End(TotalsRow row, TotalsResponse totals)
    {
        var end = totals.GroupBy switch
        {
            TotalsGroupings.Week => TotalsGrouping.Start(row.Day, TotalsGroupings.Week, DateOnly.MinValue).AddDays(6),
            TotalsGroupings.Month => new DateOnly(row.Day.Year, row.Day.Month, 1).AddMonths(1).AddDays(-1),
            TotalsGroupings.Year => new DateOnly(row.Day.Year, 12, 31),
            TotalsGroupings.Post => totals.To,
            _ => row.Day,
        };
        return end > totals.To ? totals.To : end;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder csv, IEnumerable<string> values) =>
        csv.Append(string.Join(',', values.Select(Quoted))).Append("\r\n");

    // RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs a cell as a formula.
    private static string Quoted(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !int.TryParse(value, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
