using BorderPost.Documents.Mrz.Tests.Support;
using static BorderPost.Documents.Mrz.Tests.Support.Findings;

namespace BorderPost.Documents.Mrz.Tests;

/// <summary>The ICAO Doc 9303 specimens (issuing state UTO, a specimen code) read as published.</summary>
public class SpecimenTests
{
    [Fact]
    public void TD3_passport_specimen()
    {
        var reading = Parse(Specimens.Td3);

        Assert.Equal(MrzFormat.Td3, reading.Format);
        Assert.True(reading.CheckDigitsValid);
        Assert.Equal(
            new MrzFields("P", "UTO", "L898902C3", "ERIKSSON", "ANNA MARIA", "UTO", "740812", new DateOnly(1974, 8, 12),
                "F", "120415", new DateOnly(2012, 4, 15), "ZE184226B", ""),
            reading.Fields);
        AssertSpecimenFindings(reading);
    }

    [Fact]
    public void TD1_identity_card_specimen()
    {
        var reading = Parse(Specimens.Td1);

        Assert.Equal(MrzFormat.Td1, reading.Format);
        Assert.True(reading.CheckDigitsValid);
        Assert.Equal(
            new MrzFields("I", "UTO", "D23145890", "ERIKSSON", "ANNA MARIA", "UTO", "740812", new DateOnly(1974, 8, 12),
                "F", "120415", new DateOnly(2012, 4, 15), "", ""),
            reading.Fields);
        AssertSpecimenFindings(reading);
    }

    [Fact]
    public void TD1_long_document_number_continues_in_the_optional_data()
    {
        var reading = Parse(Specimens.Td1LongNumber);

        Assert.True(reading.CheckDigitsValid);
        Assert.Equal("D23145890734", reading.Fields!.DocumentNumber);
        Assert.Equal("", reading.Fields.OptionalData);
        AssertSpecimenFindings(reading);
    }

    [Fact]
    public void TD1_long_document_number_with_a_wrong_check_digit_fails()
    {
        var reading = Parse(Specimens.WithChar(Specimens.Td1LongNumber, 0, 18, '8'));

        Assert.False(reading.CheckDigitsValid);
        Single(reading, MrzFindingCodes.CheckDigit, MrzFieldNames.DocumentNumber);
        Single(reading, MrzFindingCodes.CheckDigit, MrzFieldNames.Composite);
    }

    [Fact]
    public void TD2_specimen()
    {
        var reading = Parse(Specimens.Td2);

        Assert.Equal(MrzFormat.Td2, reading.Format);
        Assert.True(reading.CheckDigitsValid);
        Assert.Equal(
            new MrzFields("I", "UTO", "D23145890", "ERIKSSON", "ANNA MARIA", "UTO", "740812", new DateOnly(1974, 8, 12),
                "F", "120415", new DateOnly(2012, 4, 15), "", ""),
            reading.Fields);
        AssertSpecimenFindings(reading);
    }

    [Fact]
    public void MRV_A_visa_specimen()
    {
        var reading = Parse(Specimens.MrvA);

        Assert.Equal(MrzFormat.MrvA, reading.Format);
        Assert.True(reading.CheckDigitsValid);
        Assert.Equal(
            new MrzFields("VI", "UTO", "L8988901C", "ERIKSSON", "ANNA MARIA", "XXX", "400907", new DateOnly(1940, 9, 7),
                "F", "961210", new DateOnly(1996, 12, 10), "6ZE184226B", ""),
            reading.Fields);
        AssertSpecimenFindings(reading);
    }

    [Fact]
    public void MRV_B_visa_specimen()
    {
        var reading = Parse(Specimens.MrvB);

        Assert.Equal(MrzFormat.MrvB, reading.Format);
        Assert.True(reading.CheckDigitsValid);
        Assert.Equal(
            new MrzFields("VI", "UTO", "L8988901C", "ERIKSSON", "ANNA MARIA", "XXX", "400907", new DateOnly(1940, 9, 7),
                "F", "961210", new DateOnly(1996, 12, 10), "", ""),
            reading.Fields);
        AssertSpecimenFindings(reading);
    }

    [Fact]
    public void Specimens_are_not_expired_on_a_date_before_their_expiry()
    {
        var reading = MrzParser.Parse(Specimens.Td3, new DateOnly(2010, 1, 1));

        Assert.DoesNotContain(MrzFindingCodes.Expired, Codes(reading));
    }

    /// <summary>
    /// UTO is ICAO's specimen state, as Doc 9303 part 3 says: the document is reported once as a specimen, its codes
    /// are not unknown countries, and the specimens expired long before the crossing date.
    /// </summary>
    private static void AssertSpecimenFindings(MrzReading reading)
    {
        Assert.Empty(Critical(reading));
        Assert.Equal(MrzSeverity.Warning, Single(reading, MrzFindingCodes.Specimen).Severity);
        Assert.DoesNotContain(MrzFindingCodes.UnknownCountry, Codes(reading));
        Assert.Equal(MrzSeverity.Warning, Single(reading, MrzFindingCodes.Expired).Severity);
        Assert.Equal(2, reading.Findings.Count);
    }
}
