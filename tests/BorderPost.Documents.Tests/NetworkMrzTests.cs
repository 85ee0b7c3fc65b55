using BorderPost.Documents.Reading.Recognition;

namespace BorderPost.Documents.Tests;

/// <summary>How the recogniser's lines become an MRZ, and what the check digits may change in them.</summary>
public sealed class NetworkMrzTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private const string First = "P<HTIDORVIL<<MARC<ANTOINE<<<<<<<<<<<<<<<<<<<";
    private const string Second = "RD44712039HTI8509211M3306150<<<<<<<<<<<<<<02";

    [Fact]
    public void The_last_lines_that_fit_a_format_are_the_mrz_and_a_character_too_many_at_an_end_is_cut_off()
    {
        RecognisedLine[] lines = [Sure("REPUBLIQUE<DHAITI"), Sure(First), Sure("I" + Second)];

        var candidate = NetworkMrz.Candidates(lines, Today).Single(c => c.Lines.Count == 2);

        Assert.Equal([First, Second], candidate.Lines);
    }

    [Fact]
    public void A_hesitation_is_settled_by_the_check_digits_with_the_networks_second_choice()
    {
        var misread = Second.Replace("RD44712039", "RD447I2039", StringComparison.Ordinal);
        var line = Sure(misread);
        var certainties = line.Certainties.ToArray();
        var seconds = line.SecondChoices.ToArray();
        certainties[5] = 0.55f;
        seconds[5] = ('1', 0.44f);
        var candidate = new NetworkMrz.Candidate([First, misread], [Sure(First).Certainties, certainties], [Sure(First).SecondChoices, seconds]);

        var resolved = NetworkMrz.ResolveHesitations(candidate, Today);

        Assert.NotNull(resolved);
        Assert.Equal(Second, resolved.Value.Candidate.Lines[1]);
        Assert.Equal(new Mrz.MrzRepair(2, 6, 'I', '1'), Assert.Single(resolved.Value.Repairs));
    }

    [Fact]
    public void A_character_read_with_certainty_is_never_changed_so_a_printed_contradiction_stays()
    {
        // A forger's 7 for the 2 of the birth date, printed clearly: the network is sure of it, and of everything else.
        var forged = Second.Replace("850921", "850971", StringComparison.Ordinal);
        var candidate = new NetworkMrz.Candidate([First, forged], [Sure(First).Certainties, Sure(forged).Certainties],
            [Sure(First).SecondChoices, [.. forged.Select(_ => ('2', 0.001f))]]);

        Assert.Null(NetworkMrz.ResolveHesitations(candidate, Today));
        Assert.True(NetworkMrz.EvidenceCertainty(candidate) >= 0.99);
    }

    [Fact]
    public void The_evidence_is_as_certain_as_the_least_certain_character_of_the_checked_lines()
    {
        var certainties = Sure(Second).Certainties.ToArray();
        certainties[20] = 0.4f;
        var candidate = new NetworkMrz.Candidate([First, Second], [Sure(First).Certainties, certainties], [Sure(First).SecondChoices, Sure(Second).SecondChoices]);

        Assert.Equal(0.4, NetworkMrz.EvidenceCertainty(candidate), 3);
    }

    [Fact]
    public void Hesitant_letters_among_digits_are_the_digits_they_look_like_even_where_the_check_digits_cannot_tell()
    {
        // O counts 24 and 0 counts 0: two O read for zeros at weights 7 and 3 add 240, and the check digit still passes.
        const string zeros = "0000000000BLR7001017F15010104010160B000PB326";
        var misread = "OO" + zeros[2..];
        var certainties = Sure(misread).Certainties.ToArray();
        var seconds = Sure(misread).SecondChoices.ToArray();
        (certainties[0], certainties[1]) = (0.6f, 0.7f);
        (seconds[0], seconds[1]) = (('0', 0.35f), ('0', 0.3f));
        const string first = "P<BLRIVANOVA<<TATSIANA<<<<<<<<<<<<<<<<<<<<<<";
        var candidate = new NetworkMrz.Candidate([first, misread], [Sure(first).Certainties, certainties], [Sure(first).SecondChoices, seconds]);
        Assert.True(Mrz.MrzParser.Parse(candidate.Lines, Today).CheckDigitsValid);

        var resolved = NetworkMrz.DigitsAmongDigits(candidate, Today);

        Assert.NotNull(resolved);
        Assert.Equal(zeros, resolved.Value.Candidate.Lines[1]);
        Assert.Equal(2, resolved.Value.Repairs.Count);
    }

    [Fact]
    public void Letters_read_with_certainty_among_digits_stay_letters()
    {
        const string first = "P<BLRIVANOVA<<TATSIANA<<<<<<<<<<<<<<<<<<<<<<";
        const string line = "0000000000BLR7001017F15010104010160B000PB326";
        var candidate = new NetworkMrz.Candidate([first, line], [Sure(first).Certainties, Sure(line).Certainties],
            [Sure(first).SecondChoices, [.. line.Select(_ => ('8', 0.02f))]]);

        Assert.Null(NetworkMrz.DigitsAmongDigits(candidate, Today));
    }

    private static RecognisedLine Sure(string text) =>
        new(text, [.. text.Select(_ => 0.999f)], [.. text.Select(_ => ('<', 0.0005f))]);
}
