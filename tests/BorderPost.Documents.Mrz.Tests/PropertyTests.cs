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
        const string Confusable = "O0I1B8S5Z2G6";
        var random = new Random(4242 + (int)format);
        var repaired = 0;
        for (var i = 0; i < PerFormat * 5; i++)
        {
            var lines = MrzComposer.Compose(format, RandomIdentities.Next(random, format, realistic: true));
            var line = random.Next(lines.Length);
            var position = random.Next(lines[line].Length);
            var original = lines[line][position];
            var index = Confusable.IndexOf(original, StringComparison.Ordinal);
            if (index < 0)
            {
                continue;
            }

            var read = Specimens.WithChar(lines, line, position, Confusable[index ^ 1]);
            var result = MrzRepairer.Repair(read);

            if (result.Repairs.Count > 0)
            {
                Assert.Equal(lines, result.Lines);
                repaired++;
            }
            else
            {
                Assert.Equal(read, result.Lines);
            }
        }

        Assert.True(repaired > 100, $"only {repaired} repairs");
    }

    [Theory]
    [InlineData(MrzFormat.Td1)]
    [InlineData(MrzFormat.Td2)]
    [InlineData(MrzFormat.Td3)]
    [InlineData(MrzFormat.MrvA)]
    [InlineData(MrzFormat.MrvB)]
    public void A_changed_digit_in_a_realistic_number_is_never_repaired(MrzFormat format)
    {
        var random = new Random(1717 + (int)format);
        for (var i = 0; i < PerFormat; i++)
        {
            var lines = MrzComposer.Compose(format, RandomIdentities.Next(random, format, realistic: true));
            var (line, start) = format == MrzFormat.Td1 ? (0, 5) : (1, 0);
            var digits = Enumerable.Range(start, 9).Where(p => char.IsAsciiDigit(lines[line][p])).ToList();
            if (digits.Count == 0)
            {
                continue;
            }

            var position = digits[random.Next(digits.Count)];
            var forged = Specimens.WithChar(lines, line, position, (char)('0' + ((lines[line][position] - '0' + random.Next(1, 10)) % 10)));

            var result = MrzRepairer.Repair(forged);

            Assert.Empty(result.Repairs);
            Assert.False(result.AllCheckDigitsValid);
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
