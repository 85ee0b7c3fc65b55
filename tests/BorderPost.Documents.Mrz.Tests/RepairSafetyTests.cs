using static BorderPost.Documents.Mrz.Tests.Support.Specimens;

namespace BorderPost.Documents.Mrz.Tests;

/// <summary>What the repairer must leave alone: genuine changes (possible forgeries), and anything it cannot prove.</summary>
public class RepairSafetyTests
{
    [Fact]
    public void A_genuinely_changed_number_digit_is_not_repaired()
    {
        // L898902C3 with its 3 changed to 7 and the check digit left as printed.
        AssertUnchanged(WithChar(Td3, 1, 8, '7'));
    }

    [Fact]
    public void No_single_digit_change_in_a_specimen_document_number_is_repaired()
    {
        foreach (var (specimen, line, start) in new[] { (Td3, 1, 0), (Td1, 0, 5), (Td2, 1, 0), (MrvA, 1, 0), (HaitiPassport, 1, 0) })
        {
            for (var position = start; position < start + 9; position++)
            {
                foreach (var digit in "0123456789")
                {
                    if (char.IsDigit(specimen[line][position]) && specimen[line][position] != digit)
                    {
                        AssertUnchanged(WithChar(specimen, line, position, digit));
                    }
                }
            }
        }
    }

    [Fact]
    public void A_forgery_is_not_repaired_even_when_a_confusion_is_repairable_elsewhere()
    {
        // Birth date read with an O (repairable), but the number was changed from L898902C3 to L898902C7.
        AssertUnchanged(WithChar(WithChar(Td3, 1, 15, 'O'), 1, 8, '7'));
    }

    [Fact]
    public void A_letter_that_is_not_a_confusion_is_not_mapped()
    {
        AssertUnchanged(WithChar(Td3, 1, 15, 'X'));
        AssertUnchanged(WithChar(Td3, 1, 9, 'A'));
    }

    [Fact]
    public void A_changed_date_digit_is_not_repaired() => AssertUnchanged(WithChar(Td1, 1, 3, '9'));

    [Fact]
    public void A_digit_in_a_name_of_a_valid_zone_is_repaired_by_its_field_type()
    {
        // Names and the TD3 nationality are not covered by check digits: their field type alone decides.
        var read = WithChar(Td3, 0, 10, '5');

        var result = MrzRepairer.Repair(read);

        Assert.Equal(Td3, result.Lines);
        Assert.Equal([new MrzRepair(1, 11, '5', 'S')], result.Repairs);
        Assert.True(result.AllCheckDigitsValid);
    }

    [Fact]
    public void A_digit_in_the_nationality_of_a_valid_passport_is_repaired()
    {
        var read = WithChar(Td3, 1, 12, '0');

        var result = MrzRepairer.Repair(read);

        Assert.Equal(Td3, result.Lines);
        Assert.Single(result.Repairs);
        Assert.True(result.AllCheckDigitsValid);
    }

    [Fact]
    public void A_G_read_for_6_in_a_document_number_is_invisible_to_check_digits()
    {
        // G (16) and 6 differ by 10, which the 7-3-1 modulo-10 check cannot see; the zone already validates.
        var read = WithChar(HaitiPassport, 1, 8, 'G');
        var result = MrzRepairer.Repair(read);

        Assert.True(MrzParser.Parse(read, CheckedOn).CheckDigitsValid);
        Assert.Empty(result.Repairs);
    }

    [Fact]
    public void A_confusion_at_the_edge_of_a_field_is_not_guessed()
    {
        // ZE184226B read as ZE1842268: the 8 sits between a digit and the padding, where a B and an 8 are
        // both plausible, so it is not tried.
        AssertUnchanged(WithChar(Td3, 1, 36, '8'));
    }

    [Fact]
    public void Unknown_layouts_are_returned_unchanged()
    {
        string[] lines = ["P<UTOERIKSSON", "L898902C36UTO"];

        var result = MrzRepairer.Repair(lines);

        Assert.Equal(lines, result.Lines);
        Assert.Empty(result.Repairs);
        Assert.False(result.AllCheckDigitsValid);
        Assert.False(MrzRepairer.Repair([]).AllCheckDigitsValid);
        Assert.False(MrzRepairer.Repair(null!).AllCheckDigitsValid);
    }

    private static void AssertUnchanged(string[] read)
    {
        var result = MrzRepairer.Repair(read);

        Assert.Equal(read, result.Lines);
        Assert.Empty(result.Repairs);
        Assert.False(result.AllCheckDigitsValid);
    }
}
