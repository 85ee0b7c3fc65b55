using BorderPost.Documents.Mrz.Tests.Support;
using static BorderPost.Documents.Mrz.Tests.Support.Findings;

namespace BorderPost.Documents.Mrz.Tests;

/// <summary>Format detection, line normalisation and characters outside the MRZ alphabet.</summary>
public class LayoutTests
{
    public static TheoryData<string[]> UnrecognisedLayouts => new()
    {
        Array.Empty<string>(),
        new[] { Specimens.Td3[1] },
        new[] { Specimens.Td3[0], Specimens.Td3[1][..43] },
        new[] { Specimens.Td3[0] + "<", Specimens.Td3[1] + "<" },
        new[] { Specimens.Td3[0], Specimens.Td2[1] },
        new[] { Specimens.Td1[0], Specimens.Td1[1] },
        new[] { Specimens.Td1[0], Specimens.Td1[1], Specimens.Td1[2], Specimens.Td1[2] },
        new[] { Specimens.Td1[0], Specimens.Td1[1], Specimens.Td1[2] + "<" },
        new[] { Specimens.Td3[0], Specimens.Td3[1], Specimens.Td3[1] },
    };

    [Theory]
    [MemberData(nameof(UnrecognisedLayouts))]
    public void Wrong_line_counts_or_lengths_are_an_unknown_format(string[] lines)
    {
        var reading = Parse(lines);

        Assert.Null(reading.Format);
        Assert.Null(reading.Fields);
        Assert.False(reading.CheckDigitsValid);
        Assert.Equal(MrzSeverity.Critical, Single(reading, MrzFindingCodes.FormatUnknown).Severity);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n \r\n\t")]
    public void No_text_is_an_unknown_format(string? text)
    {
        var reading = MrzParser.Parse(text, Specimens.CheckedOn);

        Assert.Null(reading.Format);
        Assert.Empty(reading.Lines);
        Single(reading, MrzFindingCodes.FormatUnknown);
    }

    [Fact]
    public void A_null_list_is_an_unknown_format() =>
        Single(MrzParser.Parse((IReadOnlyList<string>?)null, Specimens.CheckedOn), MrzFindingCodes.FormatUnknown);

    [Fact]
    public void Text_is_trimmed_despaced_upper_cased_and_blank_lines_dropped()
    {
        var text = "\r\n  p<uto eriksson<<anna<maria<<<<<<<<<<<<<<<<<<<  \r\n\r\n\t L898902C36UTO7408122F1204159ZE184226B<<<<<10\r\n\n";

        var reading = MrzParser.Parse(text, Specimens.CheckedOn);

        Assert.Equal(Specimens.Td3, reading.Lines);
        Assert.Equal(Parse(Specimens.Td3), reading with { Lines = Specimens.Td3 }, new ReadingComparer());
    }

    [Fact]
    public void Lines_in_a_list_are_normalised_the_same_way()
    {
        string[] lines = ["", " i<utod231458907<<<<<<<<<<<<<<< ", "7408122F 1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<", "  "];

        var reading = MrzParser.Parse(lines, Specimens.CheckedOn);

        Assert.Equal(Specimens.Td1, reading.Lines);
        Assert.True(reading.CheckDigitsValid);
    }

    [Fact]
    public void A_character_outside_the_alphabet_is_critical_and_located()
    {
        var reading = Parse(Specimens.WithChar(Specimens.Td3, 0, 7, 'É'));

        Assert.Equal(MrzFormat.Td3, reading.Format);
        var finding = Single(reading, MrzFindingCodes.InvalidCharacter);
        Assert.Equal(MrzSeverity.Critical, finding.Severity);
        Assert.Equal(MrzFieldNames.Surname, finding.Field);
        Assert.Contains("line 1, position 8", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("U+00C9", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_character_in_checked_data_also_fails_its_check_digit()
    {
        var reading = Parse(Specimens.WithChar(Specimens.Td3, 1, 3, '*'));

        Assert.Equal(MrzFieldNames.DocumentNumber, Single(reading, MrzFindingCodes.InvalidCharacter).Field);
        Single(reading, MrzFindingCodes.CheckDigit, MrzFieldNames.DocumentNumber);
        Assert.False(reading.CheckDigitsValid);
    }

    [Fact]
    public void Invalid_characters_are_reported_a_bounded_number_of_times()
    {
        var reading = MrzParser.Parse(new string('#', 100_000), Specimens.CheckedOn);

        Assert.InRange(reading.Findings.Count, 2, 12);
        Assert.Contains(reading.Findings, f => f.Detail!.Contains("more invalid characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Unicode_lower_case_is_not_folded_into_MRZ_letters()
    {
        // The dotless i upper-cases to I under Unicode rules; it must stay an invalid character.
        var reading = Parse(Specimens.WithChar(Specimens.Td3, 0, 20, 'ı'));

        Single(reading, MrzFindingCodes.InvalidCharacter);
    }

    [Theory]
    [InlineData("VIUTO", MrzFormat.MrvA)]
    [InlineData("PVUTO", MrzFormat.Td3)]
    public void Visas_are_recognised_by_their_leading_V(string start, MrzFormat format) =>
        Assert.Equal(format, Parse([start + Specimens.Td3[0][5..], Specimens.Td3[1]]).Format);

    /// <summary>Compares readings by content, since records compare lists by reference.</summary>
    private sealed class ReadingComparer : IEqualityComparer<MrzReading>
    {
        public bool Equals(MrzReading? x, MrzReading? y) =>
            x is not null && y is not null && x.Format == y.Format && x.Fields == y.Fields
            && x.CheckDigitsValid == y.CheckDigitsValid && x.Lines.SequenceEqual(y.Lines) && x.Findings.SequenceEqual(y.Findings);

        public int GetHashCode(MrzReading obj) => obj.Format.GetHashCode();
    }
}
