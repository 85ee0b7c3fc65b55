using static BorderPost.Documents.Mrz.Tests.Support.Specimens;

namespace BorderPost.Documents.Mrz.Tests;

/// <summary>OCR confusions introduced into valid zones are repaired back to the exact original.</summary>
public class RepairTests
{
    [Fact]
    public void A_valid_zone_is_returned_unchanged()
    {
        var result = MrzRepairer.Repair(Td3);

        Assert.Equal(Td3, result.Lines);
        Assert.Empty(result.Repairs);
        Assert.True(result.AllCheckDigitsValid);
    }

    [Fact]
    public void Letters_read_in_dates_become_digits()
    {
        // Birth 740812 read as 74O8I2, expiry 120415 read as 1Z04IS.
        var read = Mutate(Td3, (1, 15, 'O'), (1, 17, 'I'), (1, 22, 'Z'), (1, 25, 'I'), (1, 26, 'S'));

        AssertRepaired(read, Td3, (2, 16, 'O', '0'), (2, 18, 'I', '1'), (2, 23, 'Z', '2'), (2, 26, 'I', '1'), (2, 27, 'S', '5'));
    }

    [Fact]
    public void Letters_read_in_check_digits_become_digits()
    {
        // Composite 0 read as O, number check 6 as G, birth check 2 as Z.
        var read = Mutate(Td3, (1, 43, 'O'), (1, 9, 'G'), (1, 19, 'Z'));

        AssertRepaired(read, Td3, (2, 10, 'G', '6'), (2, 20, 'Z', '2'), (2, 44, 'O', '0'));
    }

    [Fact]
    public void G_D_and_Q_read_for_6_and_0_in_dates_are_repaired()
    {
        // Haitian expiry 310916 read as 31O91G; specimen birth 740812 read as 74D812 and expiry 120415 as 12Q415.
        AssertRepaired(Mutate(HaitiPassport, (1, 23, 'O'), (1, 26, 'G')), HaitiPassport, (2, 24, 'O', '0'), (2, 27, 'G', '6'));
        AssertRepaired(Mutate(Td1, (1, 2, 'D'), (1, 10, 'Q')), Td1, (2, 3, 'D', '0'), (2, 11, 'Q', '0'));
    }

    [Fact]
    public void A_letter_read_among_the_digits_of_a_document_number_is_repaired()
    {
        // L898902C3 read as L8989O2C3.
        AssertRepaired(Mutate(Td3, (1, 5, 'O')), Td3, (2, 6, 'O', '0'));

        // D23145890 read as D23I45890 on an identity card and on a TD2 document.
        AssertRepaired(Mutate(Td1, (0, 8, 'I')), Td1, (1, 9, 'I', '1'));
        AssertRepaired(Mutate(Td2, (1, 3, 'I')), Td2, (2, 4, 'I', '1'));
    }

    [Fact]
    public void A_confusion_in_a_visa_number_is_repaired_by_its_own_check_digit()
    {
        // L8988901C read as L898B901C.
        AssertRepaired(Mutate(MrvA, (1, 4, 'B')), MrvA, (2, 5, 'B', '8'));
        AssertRepaired(Mutate(MrvB, (1, 4, 'B')), MrvB, (2, 5, 'B', '8'));
    }

    [Fact]
    public void Confusions_in_the_personal_number_are_repaired()
    {
        // ZE184226B read as ZE1B4226B; 40212345678 read as 4O2I2345678.
        AssertRepaired(Mutate(Td3, (1, 31, 'B')), Td3, (2, 32, 'B', '8'));
        AssertRepaired(Mutate(DominicanPassport, (1, 29, 'O'), (1, 31, 'I')), DominicanPassport, (2, 30, 'O', '0'), (2, 32, 'I', '1'));
    }

    [Fact]
    public void Confusions_in_two_fields_are_repaired_together()
    {
        var read = Mutate(Td3, (1, 5, 'O'), (1, 31, 'B'), (1, 15, 'O'));

        AssertRepaired(read, Td3, (2, 6, 'O', '0'), (2, 16, 'O', '0'), (2, 32, 'B', '8'));
    }

    [Fact]
    public void Digits_read_in_names_and_country_codes_become_letters_along_with_a_failing_check()
    {
        // P<UTOERIKSSON<<ANNA<MARIA read as P<UT0ERIK55ON<<ANNA<MAR1A, nationality UTO as UT0, birth 740812 as 74O812.
        var read = Mutate(Td3, (0, 4, '0'), (0, 9, '5'), (0, 10, '5'), (0, 23, '1'), (1, 12, '0'), (1, 15, 'O'));

        AssertRepaired(
            read,
            Td3,
            (1, 5, '0', 'O'),
            (1, 10, '5', 'S'),
            (1, 11, '5', 'S'),
            (1, 24, '1', 'I'),
            (2, 13, '0', 'O'),
            (2, 16, 'O', '0'));
    }

    [Fact]
    public void Names_on_an_identity_card_are_repaired_with_its_dates()
    {
        // ERIKSSON<<ANNA<MARIA read as ER1K5SON<<ANNA<MAR1A; document code I< as 1<; birth 740812 as 7408IZ.
        var read = Mutate(Td1, (2, 2, '1'), (2, 4, '5'), (2, 18, '1'), (0, 0, '1'), (1, 4, 'I'), (1, 5, 'Z'));

        AssertRepaired(
            read,
            Td1,
            (1, 1, '1', 'I'),
            (2, 5, 'I', '1'),
            (2, 6, 'Z', '2'),
            (3, 3, '1', 'I'),
            (3, 5, '5', 'S'),
            (3, 19, '1', 'I'));
    }

    [Fact]
    public void Repaired_lines_are_normalised()
    {
        var read = Mutate(Td3, (1, 15, 'O'));
        string[] messy = [" " + read[0].ToLowerInvariant(), "", read[1].Insert(10, " ")];

        AssertRepaired(messy, Td3, (2, 16, 'O', '0'));
    }

    private static string[] Mutate(string[] lines, params (int Line, int Position, char To)[] changes) =>
        changes.Aggregate(lines, (current, change) => WithChar(current, change.Line, change.Position, change.To));

    private static void AssertRepaired(string[] read, string[] original, params (int Line, int Position, char From, char To)[] repairs)
    {
        Assert.False(MrzParser.Parse(read, CheckedOn).CheckDigitsValid && read.SequenceEqual(original));

        var result = MrzRepairer.Repair(read);

        Assert.True(result.AllCheckDigitsValid);
        Assert.Equal(original, result.Lines);
        Assert.Equal(repairs.Select(r => new MrzRepair(r.Line, r.Position, r.From, r.To)), result.Repairs);
        Assert.True(MrzParser.Parse(result.Lines, CheckedOn).CheckDigitsValid);
    }
}
