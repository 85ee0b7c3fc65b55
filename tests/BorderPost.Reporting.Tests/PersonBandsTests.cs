using BorderPost.Contracts.Reference;

namespace BorderPost.Reporting.Tests;

public class PersonBandsTests
{
    [Theory]
    [InlineData(null, "unknown")]
    [InlineData(0, "0-5")]
    [InlineData(5, "0-5")]
    [InlineData(6, "6-11")]
    [InlineData(11, "6-11")]
    [InlineData(12, "12-17")]
    [InlineData(17, "12-17")]
    [InlineData(18, "18-59")]
    [InlineData(59, "18-59")]
    [InlineData(60, "60+")]
    [InlineData(-1, "unknown")]
    public void An_age_falls_in_one_band(int? age, string band) => Assert.Equal(band, PersonBands.AgeBandOf(age));

    [Fact]
    public void The_date_of_birth_beats_the_estimate_and_a_birthday_moves_the_band_on_that_day()
    {
        var birth = new DateOnly(2008, 12, 2);
        Assert.Equal("12-17", PersonBands.AgeBandOf(birth, 40, new DateOnly(2026, 12, 1)));
        Assert.Equal("18-59", PersonBands.AgeBandOf(birth, 40, new DateOnly(2026, 12, 2)));
        Assert.Equal("18-59", PersonBands.AgeBandOf(null, 40, new DateOnly(2026, 12, 2)));
    }

    [Theory]
    [InlineData("F", "F")]
    [InlineData("M", "M")]
    [InlineData("X", "unknown")]
    [InlineData(null, "unknown")]
    public void Sex_is_F_M_or_unknown(string? recorded, string counted) => Assert.Equal(counted, PersonBands.SexOf(recorded));

    [Theory]
    [InlineData("0-5", "0-5")]
    [InlineData("12-14", "12-17")]
    [InlineData("15-17", "12-17")]
    [InlineData(null, "unknown")]
    public void A_minor_s_protection_band_maps_to_a_counting_band(string? band, string counted) =>
        Assert.Equal(counted, PersonBands.AgeBandOfMinorBand(band));
}
