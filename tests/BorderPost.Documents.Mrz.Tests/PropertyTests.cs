using BorderPost.Documents.Mrz.Tests.Support;

namespace BorderPost.Documents.Mrz.Tests;

/// <summary>Seeded random identities in every format: composed zones validate and read back what was written.</summary>
public class PropertyTests
{
    private const int PerFormat = 1_000;

    [Theory]
    [InlineData(MrzFormat.Td1)]
    [InlineData(MrzFormat.Td2)]
    [InlineData(MrzFormat.Td3)]
    [InlineData(MrzFormat.MrvA)]
    [InlineData(MrzFormat.MrvB)]
    public void Every_composed_zone_validates_and_round_trips(MrzFormat format)
    {
        var random = new Random(9303 + (int)format);
        for (var i = 0; i < PerFormat; i++)
        {
            var id = RandomIdentities.Next(random, format);
            var lines = MrzComposer.Compose(format, id);

            var reading = MrzParser.Parse(lines, Specimens.CheckedOn);

            Assert.Equal(format, reading.Format);
            Assert.True(reading.CheckDigitsValid, string.Join('\n', lines));
            Assert.DoesNotContain(reading.Findings, f => f.Severity == MrzSeverity.Critical);
            Assert.Equal(Expected(id), reading.Fields);
            Assert.Empty(MrzRepairer.Repair(lines).Repairs);
        }
    }

    [Theory]
    [InlineData(MrzFormat.Td1)]
    [InlineData(MrzFormat.Td2)]
    [InlineData(MrzFormat.Td3)]
    [InlineData(MrzFormat.MrvA)]
    [InlineData(MrzFormat.MrvB)]
    public void A_single_confusion_is_either_repaired_to_the_original_or_left_alone(MrzFormat format)
    {
        const string Confusable = "O0I1B8S5Z2G6DQ";
        var random = new Random(4242 + (int)format);
        for (var i = 0; i < PerFormat; i++)
        {
            var lines = MrzComposer.Compose(format, RandomIdentities.Next(random, format));
            var line = random.Next(lines.Length);
            var position = random.Next(lines[line].Length);
            var original = lines[line][position];
            var index = Confusable.IndexOf(original, StringComparison.Ordinal);
            if (index < 0 || original is 'D' or 'Q')
            {
                continue;
            }

            var read = Specimens.WithChar(lines, line, position, Confusable[index ^ 1]);
            var result = MrzRepairer.Repair(read);

            if (result.Repairs.Count > 0)
            {
                Assert.Equal(lines, result.Lines);
            }
            else
            {
                Assert.Equal(read, result.Lines);
            }
        }
    }

    private static MrzFields Expected(TravellerIdentity id) => new(
        id.DocumentType,
        id.IssuingCountry,
        id.DocumentNumber,
        id.Surname,
        id.GivenNames,
        id.Nationality,
        MrzComposer.Date(id.Birth),
        id.Birth,
        id.Sex.ToString(),
        MrzComposer.Date(id.Expiry),
        id.Expiry,
        id.OptionalData,
        id.OptionalData2);
}
