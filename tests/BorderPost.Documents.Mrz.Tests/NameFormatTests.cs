using BorderPost.Documents.Mrz.Tests.Support;
using static BorderPost.Documents.Mrz.Tests.Support.Findings;

namespace BorderPost.Documents.Mrz.Tests;

public class NameFormatTests
{
    [Theory]
    [InlineData("PIERRE<LOUIS<<JEAN<<<<<<MARC", MrzFieldNames.GivenNames)]
    [InlineData("PIERRE<<<JEAN", MrzFieldNames.GivenNames)]
    [InlineData("<PIERRE<<JEAN", MrzFieldNames.Surname)]
    [InlineData("<<JEAN", MrzFieldNames.Surname)]
    [InlineData("P1ERRE<<JEAN", MrzFieldNames.Surname)]
    [InlineData("PIERRE<<JEAN3", MrzFieldNames.GivenNames)]
    public void A_malformed_name_field_is_a_warning(string nameField, string field)
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { Surname = nameField, GivenNames = "" }));

        Assert.True(reading.CheckDigitsValid);
        Assert.Empty(Critical(reading));
        Assert.Equal(MrzSeverity.Warning, Single(reading, MrzFindingCodes.NameFormat, field).Severity);
    }

    [Theory]
    [InlineData("ERIKSSON", "ERIKSSON", "")]
    [InlineData("ERIKSSON<<ANNA", "ERIKSSON", "ANNA")]
    [InlineData("VAN<DER<BERG<<ANNA<MARIA<LUISA", "VAN DER BERG", "ANNA MARIA LUISA")]
    [InlineData("MAHATHIR<BIN<IDRUS", "MAHATHIR BIN IDRUS", "")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXY<<ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOPQRSTUVWXY", "ABCDEFGHIJKL")]
    public void Name_parts_are_split_and_joined_with_spaces(string nameField, string surname, string givenNames)
    {
        var reading = Parse(Identities.HaitianPassport(id => id with { Surname = nameField, GivenNames = "" }));

        Assert.Equal(surname, reading.Fields!.Surname);
        Assert.Equal(givenNames, reading.Fields.GivenNames);
        Assert.DoesNotContain(MrzFindingCodes.NameFormat, Codes(reading));
    }

    [Fact]
    public void Names_on_the_third_TD1_line_are_read()
    {
        var reading = Parse(Specimens.DominicanIdCard);

        Assert.Equal("DE LA CRUZ", reading.Fields!.Surname);
        Assert.Equal("ROSA ELENA", reading.Fields.GivenNames);
    }
}
