using BorderPost.Documents.Reading;

namespace BorderPost.Documents.Tests;

public sealed class AssemblyRulesTests
{
    [Fact]
    public void Chevron_look_alikes_in_the_padding_of_names_and_optional_data_become_fillers()
    {
        List<string> read =
        [
            "I<HTI1234567897<<<<KK<<<<<<<<<",
            "9001150F3001012HTI<<<<<<K<<<<0",
            "JEAN<<MARIE<<<<<KKE<<<<<<<<<<<",
        ];

        var cleared = MrzNames.ClearAfterPadding(read);

        Assert.Equal("I<HTI1234567897" + new string('<', 15), cleared[0]);
        Assert.Equal("9001150F3001012HTI" + new string('<', 11) + "0", cleared[1]);
        Assert.Equal("JEAN<<MARIE" + new string('<', 19), cleared[2]);
    }

    [Fact]
    public void Letters_before_the_padding_stay()
    {
        List<string> read = ["P<HTIKESSLER<<KARL<<<<<<<<<<<<<<<<<<<<<<<<<<", "L898902C36HTI7408122F1204159ZE184226B<<<<<10"];

        Assert.Equal(read, MrzNames.ClearAfterPadding(read));
    }

    [Fact]
    public void Glyph_runs_are_split_and_merged_to_one_cell_per_character()
    {
        // Ten cells of pitch 20: a run covering two merged glyphs, and one glyph broken in two.
        List<(double, double)> runs = [(3, 17), (23, 37), (43, 77), (83, 89), (91, 97), (103, 117), (123, 137), (143, 157), (163, 177), (183, 197)];

        var cells = SegmentedCells.FromRuns(runs, 10, 20)!;

        Assert.Equal(10, Enumerable.Range(0, 10).Select(cells.CenterOf).Distinct().Count());
        Assert.Equal(3, cells.CellOf(70));
        Assert.Equal(4, cells.CellOf(90));
        Assert.Equal(9, cells.CellOf(190));
    }

    [Fact]
    public void Runs_that_are_no_line_of_glyphs_give_no_cells() =>
        Assert.Null(SegmentedCells.FromRuns([(0, 5), (300, 305)], 10, 20));
}
