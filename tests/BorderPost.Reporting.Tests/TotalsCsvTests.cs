using BorderPost.Reporting.Totals;

namespace BorderPost.Reporting.Tests;

public class TotalsCsvTests
{
    [Fact]
    public void A_month_s_totals_read_as_csv_with_the_hxl_row_and_small_numbers_shown_as_less_than_the_threshold()
    {
        var totals = new TotalsResponse(new(2026, 11, 1), new(2026, 11, 30),
        [
            new("OUA", new(2026, 11, 23), "arrest.persons", 12, "2026-W48"),
            new("AAP", new(2026, 11, 23), "referral.minor.referred", 2, "2026-W48", "F", "6-11", Small: true),
            new("BEL", new(2026, 11, 30), "crossing.entry", 7, "2026-W49", "M", "18-59"),
        ], 21, "week", 5);

        var lines = TotalsCsv.Write(totals).Split("\r\n");

        Assert.Equal(
        [
            "period,start,end,department,post_name,post,category,sex,age_band,nationality,purpose,agency,count",
            "#date+period,#date+start,#date+end,#adm1+name,#loc+name,#loc+code,#indicator+code,#meta+sex,#meta+age,#country+code,#meta+purpose,#org+code,#indicator+num",
            "2026-W48,2026-11-23,2026-11-29,Nord-Est,Ouanaminthe,OUA,arrest.persons,,,,,,12",
            "2026-W48,2026-11-23,2026-11-29,Sud-Est,Anse-à-Pitres,AAP,referral.minor.referred,F,6-11,,,,< 5",
            "2026-W49,2026-11-30,2026-11-30,Centre,Belladère,BEL,crossing.entry,M,18-59,,,,7", // the week is cut at the query's end
            "",
        ], lines);
    }
}

public class TotalsXlsxTests
{
    [Fact]
    public void The_workbook_holds_the_csv_table_with_numbers_as_numbers_and_small_numbers_as_text()
    {
        var totals = new TotalsResponse(new(2026, 11, 1), new(2026, 11, 30),
        [
            new("OUA", new(2026, 11, 1), "arrest.persons", 12, "2026-11"),
            new("AAP", new(2026, 11, 23), "referral.minor.referred", 2, "2026-11-23", Small: true),
        ], 14, "day", 5);

        using var stream = new MemoryStream(TotalsXlsx.Write(totals));
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v?.ToString() ?? "").ToArray()).ToList();

        Assert.Equal(TotalsCsv.Header, rows[0]);
        Assert.Equal(TotalsCsv.Hashtags, rows[1]);
        Assert.Equal("12", rows[2][^1]);
        Assert.Equal("< 5", rows[3][^1]);
        Assert.Equal(4, rows.Count);
    }
}
