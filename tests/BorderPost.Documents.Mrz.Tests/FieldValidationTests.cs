using BorderPost.Documents.Mrz.Tests.Support;
using static BorderPost.Documents.Mrz.Tests.Support.Findings;

namespace BorderPost.Documents.Mrz.Tests;

/// <summary>Zones whose check digits are all correct but whose content is wrong or unusual.</summary>
public class FieldValidationTests
{
    [Theory]
    [InlineData("850231")]
    [InlineData("851301")]
    [InlineData("850000")]
    [InlineData("850431")]
    [InlineData("010229")]
    public void An_impossible_birth_date_is_critical(string birth)
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { BirthDateText = birth }));

        Assert.True(reading.CheckDigitsValid);
        Assert.Null(reading.Fields!.BirthDateValue);
        Assert.Equal(birth, reading.Fields.BirthDate);
        Assert.Equal(MrzSeverity.Critical, Single(reading, MrzFindingCodes.InvalidDate, MrzFieldNames.BirthDate).Severity);
    }

    [Fact]
    public void The_31st_of_February_is_not_a_valid_expiry()
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { ExpiryDateText = "310231" }));

        Assert.Null(reading.Fields!.ExpiryDateValue);
        Single(reading, MrzFindingCodes.InvalidDate, MrzFieldNames.ExpiryDate);
    }

    [Fact]
    public void The_29th_of_February_2000_is_valid() =>
        Assert.Equal(
            new DateOnly(2000, 2, 29),
            Parse(Identities.HaitianPassport(id => id with { BirthDateText = "000229" })).Fields!.BirthDateValue);

    [Theory]
    [InlineData("<<<<<<")]
    [InlineData("85<<<<")]
    [InlineData("8503<<")]
    public void A_partly_unknown_birth_date_is_a_warning(string birth)
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { BirthDateText = birth }));

        Assert.True(reading.CheckDigitsValid);
        Assert.Null(reading.Fields!.BirthDateValue);
        Assert.Empty(Critical(reading));
        Assert.Equal(MrzSeverity.Warning, Single(reading, MrzFindingCodes.DateUnknown, MrzFieldNames.BirthDate).Severity);
    }

    [Fact]
    public void A_birth_date_later_in_the_crossing_year_is_in_the_future()
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { BirthDateText = "261224" }));

        Assert.Equal(new DateOnly(2026, 12, 24), reading.Fields!.BirthDateValue);
        Assert.Equal(MrzSeverity.Critical, Single(reading, MrzFindingCodes.BirthInFuture).Severity);
    }

    [Theory]
    [InlineData("261123", 2026)]
    [InlineData("270101", 1927)]
    [InlineData("991231", 1999)]
    [InlineData("000101", 2000)]
    public void Birth_year_century_never_lies_after_the_crossing_year(string birth, int year)
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { BirthDateText = birth }));

        Assert.Equal(year, reading.Fields!.BirthDateValue!.Value.Year);
        Assert.DoesNotContain(MrzFindingCodes.BirthInFuture, Codes(reading));
    }

    [Theory]
    [InlineData("761231", 2076)]
    [InlineData("770101", 1977)]
    [InlineData("300101", 2030)]
    public void Expiry_century_is_20YY_up_to_fifty_years_ahead(string expiry, int year) =>
        Assert.Equal(year, Parse(Identities.HaitianPassport(id => id with { ExpiryDateText = expiry })).Fields!.ExpiryDateValue!.Value.Year);

    [Fact]
    public void A_birth_after_expiry_is_critical()
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { BirthDateText = "900101", ExpiryDateText = "851231" }));

        Single(reading, MrzFindingCodes.BirthAfterExpiry);
        Single(reading, MrzFindingCodes.Expired);
    }

    [Fact]
    public void Expired_is_a_warning_and_expiry_on_the_crossing_date_is_not()
    {
        var expired = Parse(Identities.HaitianPassport(id => id with { Expiry = new DateOnly(2026, 11, 22) }));
        var lastDay = Parse(Identities.HaitianPassport(id => id with { Expiry = Specimens.CheckedOn }));

        Assert.Equal(MrzSeverity.Warning, Single(expired, MrzFindingCodes.Expired).Severity);
        Assert.Empty(lastDay.Findings);
    }

    [Theory]
    [InlineData('Q')]
    [InlineData('1')]
    public void An_invalid_sex_is_critical(char sex)
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { Sex = sex }));

        Assert.True(reading.CheckDigitsValid);
        Assert.Equal(MrzSeverity.Critical, Single(reading, MrzFindingCodes.InvalidSex, MrzFieldNames.Sex).Severity);
    }

    [Theory]
    [InlineData('M')]
    [InlineData('F')]
    [InlineData('X')]
    [InlineData('<')]
    public void Valid_sexes_are_read_as_printed(char sex)
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { Sex = sex }));

        Assert.Equal(sex.ToString(), reading.Fields!.Sex);
        Assert.Empty(reading.Findings);
    }

    [Fact]
    public void Unknown_country_codes_are_warnings_per_field()
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { IssuingCountry = "ZZZ", Nationality = "QQQ" }));

        Assert.Empty(Critical(reading));
        Assert.Equal(MrzSeverity.Warning, Single(reading, MrzFindingCodes.UnknownCountry, MrzFieldNames.IssuingCountry).Severity);
        Single(reading, MrzFindingCodes.UnknownCountry, MrzFieldNames.Nationality);
    }

    [Fact]
    public void Germany_is_D_padded_with_fillers()
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { IssuingCountry = "D", Nationality = "D" }));

        Assert.Equal("D", reading.Fields!.IssuingCountry);
        Assert.Equal("D", reading.Fields.Nationality);
        Assert.Empty(reading.Findings);
    }

    [Theory]
    [InlineData(MrzFormat.Td3, "I")]
    [InlineData(MrzFormat.Td3, "A")]
    [InlineData(MrzFormat.Td1, "P")]
    [InlineData(MrzFormat.Td2, "P")]
    [InlineData(MrzFormat.Td1, "I1")]
    public void A_document_code_that_does_not_fit_the_format_is_a_warning(MrzFormat format, string code)
    {
        var reading = Parse(MrzComposer.Compose(format, Identities.Haitian with { DocumentType = code }));

        Assert.Equal(format, reading.Format);
        Assert.Equal(MrzSeverity.Warning, Single(reading, MrzFindingCodes.InvalidDocumentType, MrzFieldNames.DocumentType).Severity);
    }

    [Theory]
    [InlineData(MrzFormat.Td1, "AC")]
    [InlineData(MrzFormat.Td1, "C")]
    [InlineData(MrzFormat.Td2, "ID")]
    [InlineData(MrzFormat.Td3, "PD")]
    public void Document_codes_that_fit_the_format_are_accepted(MrzFormat format, string code) =>
        Assert.Empty(Parse(MrzComposer.Compose(format, Identities.Haitian with { DocumentType = code })).Findings);

    [Fact]
    public void A_number_that_continues_after_its_filler_padding_is_a_warning()
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { DocumentNumber = "RD48<<376" }));

        Assert.True(reading.CheckDigitsValid);
        Single(reading, MrzFindingCodes.Filler, MrzFieldNames.DocumentNumber);
    }
}
