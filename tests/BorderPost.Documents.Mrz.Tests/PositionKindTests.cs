namespace BorderPost.Documents.Mrz.Tests;

public sealed class PositionKindTests
{
    [Fact]
    public void A_passport_zone_says_which_positions_hold_letters_and_which_digits()
    {
        string[] td3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];

        var kinds = MrzPositionKinds.For(td3)!;

        Assert.Equal(MrzPositionKind.Letter, kinds[0][2]);       // issuing state
        Assert.Equal(MrzPositionKind.Letter, kinds[0][10]);      // name
        Assert.Equal(MrzPositionKind.Any, kinds[1][0]);          // document number
        Assert.Equal(MrzPositionKind.Digit, kinds[1][9]);        // its check digit
        Assert.Equal(MrzPositionKind.Letter, kinds[1][11]);      // nationality
        Assert.Equal(MrzPositionKind.Digit, kinds[1][13]);       // birth date
        Assert.Equal(MrzPositionKind.Digit, kinds[1][43]);       // composite
    }

    [Fact]
    public void Lines_of_no_known_format_have_no_kinds()
    {
        Assert.Null(MrzPositionKinds.For(["P<UTO", "L898"]));
        Assert.Null(MrzPositionKinds.For(null));
    }
}
