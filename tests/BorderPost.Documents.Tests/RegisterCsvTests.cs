using BorderPost.Documents.Register;
using BorderPost.ServiceDefaults.Http;

namespace BorderPost.Documents.Tests;

public class RegisterCsvTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static (IReadOnlyList<ReportedDocument> Entries, IReadOnlyList<LineError> Errors, int Lines) Parse(string text) =>
        RegisterCsv.Parse(text, Guid.NewGuid(), Today, "upload.csv");

    [Fact]
    public void Empty_trailing_columns_from_a_spreadsheet_are_ignored()
    {
        var (entries, errors, _) = Parse("issuing_country,document_number,status,,\nHTI,RD1,lost,,\n");
        Assert.Empty(errors);
        Assert.Single(entries);
    }

    [Fact]
    public void Reads_columns_in_any_order_with_commas_or_semicolons_and_quotes()
    {
        var (entries, errors, lines) = Parse("status;document_number;issuing_country;source\nstolen;rd1234567;hti;\"ONI; Port-au-Prince\"\r\nlost;AB12;DOM;\n");
        Assert.Empty(errors);
        Assert.Equal(3, lines);
        Assert.Equal(["HTI:RD1234567", "DOM:AB12"], entries.Select(e => e.Id));
        Assert.Equal("ONI; Port-au-Prince", entries[0].Source);
        Assert.Equal("upload.csv", entries[1].Source);
        Assert.Equal(ReportStatus.Lost, entries[1].Status);
    }

    [Fact]
    public void A_recovered_line_is_read_as_such_so_that_committing_it_takes_the_document_out()
    {
        var (entries, errors, _) = Parse("issuing_country,document_number,status\nHTI,RD1,RECOVERED\nHTI,RD2,stolen\n");
        Assert.Empty(errors);
        Assert.Equal([("HTI:RD1", ReportStatus.Recovered), ("HTI:RD2", ReportStatus.Stolen)], entries.Select(e => (e.Id, e.Status)));
    }

    [Fact]
    public void Every_bad_line_is_named_with_its_column_and_the_good_ones_are_kept()
    {
        var (entries, errors, _) = Parse(string.Join('\n',
            "issuing_country,document_number,status,document_type,reported_on",
            "HTI,RD1,stolen,passport,2026-01-05",
            "XYZ,RD2,stolen,,",
            "HTI,RD-3,found,card,2027-01-01",
            "HTI,RD1,lost,,",
            "HTI,RD4",
            ""));
        Assert.Equal(["HTI:RD1"], entries.Select(e => e.Id));
        Assert.Equal([(3, "issuing_country"), (4, "document_number"), (4, "status"), (4, "document_type"), (4, "reported_on"), (5, "document_number"), (6, "")],
            errors.Select(e => (e.Line, e.Column)));
        Assert.All(errors, e => Assert.NotEqual(e.Message.In(Language.Fr), e.Message.In(Language.Ht)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("number,country\nRD1,HTI")]
    [InlineData("\u0000\u0001binary")]
    [InlineData("issuing_country,document_number,status,status\nHTI,RD1,lost,lost")]
    public void A_file_without_the_required_header_is_one_error_on_line_1(string text)
    {
        var (entries, errors, _) = Parse(text);
        Assert.Empty(entries);
        Assert.Equal(1, Assert.Single(errors).Line);
    }
}
