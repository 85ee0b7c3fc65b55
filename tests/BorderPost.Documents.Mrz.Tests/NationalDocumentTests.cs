using BorderPost.Documents.Mrz.Tests.Support;
using static BorderPost.Documents.Mrz.Tests.Support.Findings;

namespace BorderPost.Documents.Mrz.Tests;

/// <summary>Haitian and Dominican documents with check digits computed for these tests.</summary>
public class NationalDocumentTests
{
    [Fact]
    public void Haitian_passport_without_personal_number_is_clean()
    {
        var reading = Parse(Specimens.HaitiPassport);

        Assert.True(reading.CheckDigitsValid);
        Assert.Empty(reading.Findings);
        Assert.Equal(
            new MrzFields("P", "HTI", "RD4812376", "PIERRE LOUIS", "JEAN MARC", "HTI", "850317", new DateOnly(1985, 3, 17),
                "M", "310916", new DateOnly(2031, 9, 16), "", ""),
            reading.Fields);
    }

    [Fact]
    public void Dominican_passport_with_personal_number_is_clean()
    {
        var reading = Parse(Specimens.DominicanPassport);

        Assert.True(reading.CheckDigitsValid);
        Assert.Empty(reading.Findings);
        Assert.Equal("40212345678", reading.Fields!.OptionalData);
        Assert.Equal(new DateOnly(2001, 1, 1), reading.Fields.BirthDateValue);
        Assert.Equal(new DateOnly(2030, 1, 1), reading.Fields.ExpiryDateValue);
        Assert.Equal("MARTINEZ PENA", reading.Fields.Surname);
        Assert.Equal("ANA LUCIA", reading.Fields.GivenNames);
    }

    [Fact]
    public void Dominican_identity_card_is_clean()
    {
        var reading = Parse(Specimens.DominicanIdCard);

        Assert.Equal(MrzFormat.Td1, reading.Format);
        Assert.True(reading.CheckDigitsValid);
        Assert.Empty(reading.Findings);
        Assert.Equal(
            new MrzFields("ID", "DOM", "ID7251904", "DE LA CRUZ", "ROSA ELENA", "DOM", "920601", new DateOnly(1992, 6, 1),
                "F", "290228", new DateOnly(2029, 2, 28), "", ""),
            reading.Fields);
    }

    [Fact]
    public void A_personal_number_check_digit_of_zero_is_accepted_when_the_number_is_empty()
    {
        var lines = Specimens.WithChar(Specimens.HaitiPassport, 1, 42, '0');

        Assert.True(Parse(lines).CheckDigitsValid);
    }

    [Fact]
    public void A_filler_personal_number_check_digit_is_rejected_when_there_is_a_number()
    {
        var reading = Parse(Specimens.WithChar(Specimens.DominicanPassport, 1, 42, '<'));

        Assert.False(reading.CheckDigitsValid);
        Single(reading, MrzFindingCodes.CheckDigit, MrzFieldNames.OptionalData);
    }

    [Theory]
    [InlineData("D<<")]
    [InlineData("GBN")]
    [InlineData("XXA")]
    [InlineData("EUE")]
    [InlineData("UNO")]
    [InlineData("HTI")]
    [InlineData("DOM")]
    public void ICAO_and_ISO_codes_are_known(string code) => Assert.True(MrzCountryCodes.IsKnown(code));

    [Theory]
    [InlineData("UTO")]
    [InlineData("DE<")]
    [InlineData("<<<")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("hti")]
    public void Other_codes_are_unknown(string? code) => Assert.False(MrzCountryCodes.IsKnown(code));

    [Fact]
    public void Frances_identity_card_of_1988_to_2021_is_a_national_layout_not_a_TD2_with_failing_check_digits()
    {
        var reading = MrzParser.Parse("IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<\n9409923102854CORINNE<<<<<<<6512068F4", new DateOnly(2026, 12, 1));

        Assert.Equal(MrzFormat.Td2, reading.Format);
        Assert.Null(reading.Fields);
        Assert.Equal(MrzFindingCodes.NationalLayout, Assert.Single(reading.Findings).Code);
        Assert.Empty(Critical(reading));
    }

    [Fact]
    public void An_ICAO_TD2_issued_by_France_is_read_by_ICAO_rules()
    {
        var reading = MrzParser.Parse("IDFRAERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907FRA7408122F1204159<<<<<<<6", new DateOnly(2010, 1, 1));

        Assert.True(reading.CheckDigitsValid);
        Assert.DoesNotContain(MrzFindingCodes.NationalLayout, Codes(reading));
    }
}
