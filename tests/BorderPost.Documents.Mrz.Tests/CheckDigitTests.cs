namespace BorderPost.Documents.Mrz.Tests;

public class CheckDigitTests
{
    [Theory]
    [InlineData("L898902C3", 6)]
    [InlineData("740812", 2)]
    [InlineData("120415", 9)]
    [InlineData("ZE184226B<<<<<", 1)]
    [InlineData("D23145890", 7)]
    [InlineData("D23145890734", 9)]
    [InlineData("L898902C3674081221204159ZE184226B<<<<<1", 0)]
    [InlineData("", 0)]
    [InlineData("<<<<<<<<<", 0)]
    public void Computes_the_ICAO_7_3_1_check_digit(string field, int expected) =>
        Assert.Equal(expected, CheckDigit.Compute(field));

    [Theory]
    [InlineData("A", 70)]
    [InlineData("Z", 245)]
    [InlineData("<", 0)]
    [InlineData("9", 63)]
    [InlineData("AA", 100)]
    [InlineData("1A", 7 + 30)]
    public void Letters_count_10_to_35_and_fillers_0(string field, int weightedSum) =>
        Assert.Equal(weightedSum % 10, CheckDigit.Compute(field));

    [Theory]
    [InlineData("l898902C3")]
    [InlineData("L898 02C3")]
    [InlineData("É")]
    [InlineData("\0")]
    [InlineData("12-34")]
    public void Any_other_character_makes_compute_return_minus_one(string field) =>
        Assert.Equal(-1, CheckDigit.Compute(field));

    [Fact]
    public void IsValid_accepts_only_the_matching_decimal_digit()
    {
        Assert.True(CheckDigit.IsValid("L898902C3", '6'));
        Assert.False(CheckDigit.IsValid("L898902C3", '7'));
        Assert.False(CheckDigit.IsValid("<<<", '<'));
        Assert.False(CheckDigit.IsValid("12-34", '0'));
        Assert.False(CheckDigit.IsValid("L898902C3", 'G'));
    }

    [Fact]
    public void A_very_long_field_does_not_overflow() =>
        Assert.InRange(CheckDigit.Compute(new string('Z', 10_000_000)), 0, 9);
}
