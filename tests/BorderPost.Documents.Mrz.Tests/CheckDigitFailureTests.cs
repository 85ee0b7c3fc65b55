using BorderPost.Documents.Mrz.Tests.Support;
using static BorderPost.Documents.Mrz.Tests.Support.Findings;

namespace BorderPost.Documents.Mrz.Tests;

public class CheckDigitFailureTests
{
    public static TheoryData<string, int, int, string[]> CheckDigitPositions => new()
    {
        { "TD3", 1, 9, [MrzFieldNames.DocumentNumber, MrzFieldNames.Composite] },
        { "TD3", 1, 19, [MrzFieldNames.BirthDate, MrzFieldNames.Composite] },
        { "TD3", 1, 27, [MrzFieldNames.ExpiryDate, MrzFieldNames.Composite] },
        { "TD3", 1, 42, [MrzFieldNames.OptionalData, MrzFieldNames.Composite] },
        { "TD3", 1, 43, [MrzFieldNames.Composite] },
        { "TD1", 0, 14, [MrzFieldNames.DocumentNumber, MrzFieldNames.Composite] },
        { "TD1", 1, 6, [MrzFieldNames.BirthDate, MrzFieldNames.Composite] },
        { "TD1", 1, 14, [MrzFieldNames.ExpiryDate, MrzFieldNames.Composite] },
        { "TD1", 1, 29, [MrzFieldNames.Composite] },
        { "TD2", 1, 9, [MrzFieldNames.DocumentNumber, MrzFieldNames.Composite] },
        { "TD2", 1, 19, [MrzFieldNames.BirthDate, MrzFieldNames.Composite] },
        { "TD2", 1, 27, [MrzFieldNames.ExpiryDate, MrzFieldNames.Composite] },
        { "TD2", 1, 35, [MrzFieldNames.Composite] },
        { "MRVA", 1, 9, [MrzFieldNames.DocumentNumber] },
        { "MRVA", 1, 19, [MrzFieldNames.BirthDate] },
        { "MRVA", 1, 27, [MrzFieldNames.ExpiryDate] },
        { "MRVB", 1, 9, [MrzFieldNames.DocumentNumber] },
        { "MRVB", 1, 19, [MrzFieldNames.BirthDate] },
        { "MRVB", 1, 27, [MrzFieldNames.ExpiryDate] },
    };

    [Theory]
    [MemberData(nameof(CheckDigitPositions))]
    public void Each_wrong_check_digit_is_a_critical_finding_on_its_field(string specimen, int line, int position, string[] fields)
    {
        var lines = SpecimenNamed(specimen);
        var wrong = (char)('0' + ((lines[line][position] - '0' + 1) % 10));

        var reading = Parse(Specimens.WithChar(lines, line, position, wrong));

        Assert.False(reading.CheckDigitsValid);
        var failures = reading.Findings.Where(f => f.Code == MrzFindingCodes.CheckDigit).ToList();
        Assert.Equal(fields, failures.Select(f => f.Field));
        Assert.All(failures, f => Assert.Equal(MrzSeverity.Critical, f.Severity));
    }

    [Theory]
    [MemberData(nameof(CheckDigitPositions))]
    public void A_letter_or_filler_in_a_check_digit_position_fails(string specimen, int line, int position, string[] fields)
    {
        var lines = SpecimenNamed(specimen);

        foreach (var c in "A<")
        {
            var reading = Parse(Specimens.WithChar(lines, line, position, c));

            Assert.False(reading.CheckDigitsValid);
            Assert.Contains(reading.Findings, f => f.Code == MrzFindingCodes.CheckDigit && f.Field == fields[0]);
        }
    }

    [Fact]
    public void A_changed_document_number_digit_with_its_check_digit_left_is_detected()
    {
        var forged = Specimens.WithChar(Specimens.Td3, 1, 8, '7');

        var reading = Parse(forged);

        Assert.False(reading.CheckDigitsValid);
        Assert.Equal("L898902C7", reading.Fields!.DocumentNumber);
        var finding = Single(reading, MrzFindingCodes.CheckDigit, MrzFieldNames.DocumentNumber);
        Assert.Equal(MrzSeverity.Critical, finding.Severity);
        Assert.Contains("expected", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forged_number_is_detected_even_when_the_composite_was_recomputed()
    {
        var forged = Specimens.WithChar(Specimens.Td3, 1, 8, '7');
        var line = forged[1];
        var composite = MrzComposer.Digit(line[..10] + line[13..20] + line[21..43]);
        forged = Specimens.WithChar(forged, 1, 43, composite);

        var reading = Parse(forged);

        Assert.False(reading.CheckDigitsValid);
        Assert.Equal([MrzFieldNames.DocumentNumber], reading.Findings.Where(f => f.Code == MrzFindingCodes.CheckDigit).Select(f => f.Field));
    }

    [Fact]
    public void A_changed_birth_date_with_its_check_digit_left_is_detected()
    {
        var reading = Parse(Specimens.WithChar(Specimens.Td1, 1, 1, '5'));

        Assert.False(reading.CheckDigitsValid);
        Single(reading, MrzFindingCodes.CheckDigit, MrzFieldNames.BirthDate);
        Assert.Equal(new DateOnly(1975, 8, 12), reading.Fields!.BirthDateValue);
    }

    private static string[] SpecimenNamed(string name) => name switch
    {
        "TD3" => Specimens.Td3,
        "TD1" => Specimens.Td1,
        "TD2" => Specimens.Td2,
        "MRVA" => Specimens.MrvA,
        _ => Specimens.MrvB,
    };
}
