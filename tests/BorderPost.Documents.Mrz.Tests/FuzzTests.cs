using System.Text;
using BorderPost.Documents.Mrz.Tests.Support;

namespace BorderPost.Documents.Mrz.Tests;

/// <summary>Seeded random input: parsing and repair never throw, and what they report is consistent.</summary>
public class FuzzTests
{
    private const string MrzAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private const string Junk = " \t\r\n\n\n\0\u00e9\u0131\u00df\u200b\u2028\uffff\ud800\udc00abcxyz-*/\\\"'{}";

    [Fact]
    public void Random_strings_never_throw()
    {
        var random = new Random(20_000);
        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomText(random, random.Next(0, 201));

            var reading = MrzParser.Parse(text, Specimens.CheckedOn);
            var listReading = MrzParser.Parse(text.Split('\n'), Specimens.CheckedOn);
            var repair = MrzRepairer.Repair(text.Split('\n'));

            Assert.Equal(reading.Format is null, reading.Fields is null);
            Assert.Equal(reading.Format, listReading.Format);
            Assert.False(reading.Format is null && reading.CheckDigitsValid);
            Assert.NotNull(repair.Lines);
        }
    }

    [Fact]
    public void Mutated_valid_zones_never_throw_and_accepted_repairs_validate()
    {
        var random = new Random(9303);
        var formats = Enum.GetValues<MrzFormat>();
        for (var i = 0; i < 20_000; i++)
        {
            var format = formats[random.Next(formats.Length)];
            var lines = MrzComposer.Compose(format, RandomIdentities.Next(random, format));
            var mutated = Mutate(random, string.Join('\n', lines));

            var reading = MrzParser.Parse(mutated, Specimens.CheckedOn);
            var repair = MrzRepairer.Repair(mutated.Split('\n'));

            Assert.NotNull(reading.Findings);
            if (repair.Repairs.Count > 0)
            {
                Assert.True(repair.AllCheckDigitsValid);
                Assert.True(MrzParser.Parse(repair.Lines, Specimens.CheckedOn).CheckDigitsValid);
            }
        }
    }

    [Fact]
    public void Extreme_inputs_never_throw()
    {
        string[] inputs =
        [
            new string('<', 1_000_000),
            new string('\n', 100_000),
            string.Join('\n', Enumerable.Repeat(new string('<', 44), 10_000)),
            "\uD800",
            "\r",
            "\n\n" + new string('A', 44) + "\r\n" + new string('\u00e9', 44),
            new string('9', 30) + "\n" + new string('9', 30) + "\n" + new string('9', 30),
            new string('<', 36) + "\n" + new string('<', 36),
            new string('V', 44) + "\n" + new string('<', 44),
        ];

        foreach (var input in inputs)
        {
            _ = MrzParser.Parse(input, Specimens.CheckedOn);
            _ = MrzParser.Parse(input, DateOnly.MinValue);
            _ = MrzParser.Parse(input, DateOnly.MaxValue);
            _ = MrzRepairer.Repair(input.Split('\n'));
        }

        _ = MrzParser.Parse(["ok", null!, "  "], Specimens.CheckedOn);
        _ = MrzRepairer.Repair(["ok", null!, "  "]);
    }

    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var pool = random.Next(4) == 0 ? Junk : MrzAlphabet;
            builder.Append(pool[random.Next(pool.Length)]);
        }

        return builder.ToString();
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var changes = random.Next(1, 4);
        for (var i = 0; i < changes && builder.Length > 0; i++)
        {
            var position = random.Next(builder.Length);
            var c = random.Next(5) == 0 ? Junk[random.Next(Junk.Length)] : MrzAlphabet[random.Next(MrzAlphabet.Length)];
            switch (random.Next(6))
            {
                case 0:
                    builder.Remove(position, 1);
                    break;
                case 1:
                    builder.Insert(position, c);
                    break;
                default:
                    builder[position] = c;
                    break;
            }
        }

        return builder.ToString();
    }
}
