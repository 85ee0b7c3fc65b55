using System.Globalization;
using MiniExcelLibs;

namespace BorderPost.Reporting.Totals;

/// <summary>
/// The CSV export's table as an XLSX workbook (MiniExcel): the column names, the HXL hashtag row, then one row per count,
/// numbers as numbers and a protected small number as the text <c>&lt; 5</c>.
/// </summary>
public static class TotalsXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(TotalsResponse totals)
    {
        var rows = new List<Dictionary<string, object>> { Row(TotalsCsv.Hashtags) };
        rows.AddRange(TotalsCsv.Table(totals).Select(Row));
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "totals", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object> Row(string[] cells) =>
        TotalsCsv.Header.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => Cell(cells[c.i]));

    private static object Cell(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && value != "" ? number : value;
}
