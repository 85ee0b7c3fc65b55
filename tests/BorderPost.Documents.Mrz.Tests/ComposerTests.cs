using BorderPost.Documents.Mrz.Tests.Support;

namespace BorderPost.Documents.Mrz.Tests;

/// <summary>The test composer reproduces the published and hand-checked zones, so its output can be trusted.</summary>
public class ComposerTests
{
    private static readonly TravellerIdentity Eriksson = new(
        "P", "UTO", "L898902C3", "ERIKSSON", "ANNA MARIA", "UTO", new DateOnly(1974, 8, 12), 'F', new DateOnly(2012, 4, 15), "ZE184226B");

    [Fact]
    public void Composes_the_TD3_specimen() => Assert.Equal(Specimens.Td3, MrzComposer.Compose(MrzFormat.Td3, Eriksson));

    [Fact]
    public void Composes_the_TD1_specimen() =>
        Assert.Equal(Specimens.Td1, MrzComposer.Compose(MrzFormat.Td1, Eriksson with { DocumentType = "I", DocumentNumber = "D23145890", OptionalData = "" }));

    [Fact]
    public void Composes_the_TD1_long_number_specimen() =>
        Assert.Equal(Specimens.Td1LongNumber, MrzComposer.Compose(MrzFormat.Td1, Eriksson with { DocumentType = "I", DocumentNumber = "D23145890734", OptionalData = "" }));

    [Fact]
    public void Composes_the_TD2_specimen() =>
        Assert.Equal(Specimens.Td2, MrzComposer.Compose(MrzFormat.Td2, Eriksson with { DocumentType = "I", DocumentNumber = "D23145890", OptionalData = "" }));

    [Fact]
    public void Composes_the_visa_specimens()
    {
        var visa = Eriksson with
        {
            DocumentType = "VI",
            DocumentNumber = "L8988901C",
            Nationality = "XXX",
            BirthDateText = "400907",
            ExpiryDateText = "961210",
            OptionalData = "6ZE184226B",
        };

        Assert.Equal(Specimens.MrvA, MrzComposer.Compose(MrzFormat.MrvA, visa));
        Assert.Equal(Specimens.MrvB, MrzComposer.Compose(MrzFormat.MrvB, visa with { OptionalData = "" }));
    }

    [Fact]
    public void Composes_the_Haitian_passport() => Assert.Equal(Specimens.HaitiPassport, Identities.HaitianPassport(id => id));
}
