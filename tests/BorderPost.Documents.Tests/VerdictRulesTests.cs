using BorderPost.Documents.Mrz;
using BorderPost.Documents.Reading;

namespace BorderPost.Documents.Tests;

public sealed class VerdictRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly ImageQuality Good = new(Sharpness: 900, Glare: 0, PixelsPerCharacter: 30);
    private static readonly ImageQuality Blurry = Good with { Sharpness = 10 };

    private static readonly string[] Valid =
    [
        "P<HTIJEAN<<MARIE<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        MrzLine2("HT1234567", "HTI", "900115", 'F', "300101"),
    ];

    [Fact]
    public void A_consistent_mrz_is_clear()
    {
        var (verdict, findings) = Decide(Valid, certainty: 95, Good);

        Assert.Equal(Verdict.Clear, verdict);
        Assert.DoesNotContain(findings, f => f.Severity != MrzSeverity.Info);
    }

    [Fact]
    public void A_failing_check_digit_read_with_confidence_is_fraudulent()
    {
        var forged = new[] { Valid[0], Valid[1][..3] + (Valid[1][3] == '9' ? '8' : '9') + Valid[1][4..] };

        var (verdict, findings) = Decide(forged, certainty: 95, Good);

        Assert.Equal(Verdict.Fraudulent, verdict);
        Assert.Contains(findings, f => f.Code == MrzFindingCodes.CheckDigit && f.Severity == MrzSeverity.Critical);
    }

    [Fact]
    public void A_failing_check_digit_read_with_low_confidence_or_from_a_poor_picture_asks_for_a_retake()
    {
        var forged = new[] { Valid[0], Valid[1][..3] + (Valid[1][3] == '9' ? '8' : '9') + Valid[1][4..] };

        Assert.Equal(Verdict.Unreadable, Decide(forged, certainty: 40, Good).Verdict);
        var (verdict, findings) = Decide(forged, certainty: 95, Blurry);
        Assert.Equal(Verdict.Unreadable, verdict);
        Assert.Contains(findings, f => f.Code == DocumentFindings.Blurry);
        Assert.DoesNotContain(findings, f => f.Code == MrzFindingCodes.CheckDigit);
    }

    [Fact]
    public void A_contradiction_in_characters_under_ten_pixels_wide_is_not_believed_and_too_small_is_said_only_under_five()
    {
        var forged = new[] { Valid[0], Valid[1][..3] + (Valid[1][3] == '9' ? '8' : '9') + Valid[1][4..] };

        var (atEight, eightFindings) = Decide(forged, certainty: 99, Good with { PixelsPerCharacter = 8 });
        var (atFour, fourFindings) = Decide(forged, certainty: 99, Good with { PixelsPerCharacter = 4 });

        Assert.Equal(Verdict.Unreadable, atEight);
        Assert.DoesNotContain(eightFindings, f => f.Code == DocumentFindings.TooSmall);
        Assert.Equal(Verdict.Unreadable, atFour);
        Assert.Contains(fourFindings, f => f.Code == DocumentFindings.TooSmall);
        Assert.Equal(Verdict.Fraudulent, Decide(forged, certainty: 99, Good with { PixelsPerCharacter = 12 }).Verdict);
    }

    [Fact]
    public void An_unknown_country_makes_a_document_suspicious()
    {
        var lines = new[] { "P<ZZZJEAN<<MARIE<<<<<<<<<<<<<<<<<<<<<<<<<<<<", MrzLine2("HT1234567", "ZZZ", "900115", 'F', "300101") };

        Assert.Equal(Verdict.Suspicious, Decide(lines, certainty: 95, Good).Verdict);
    }

    [Theory]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "UTO")]
    [InlineData("P<NOROESTENBYEN<<AASAMUND<SPECIMEN<<<<<<<<<<", "NOR")]
    [InlineData("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<", "D<<")]
    public void A_specimen_is_reported_as_such_and_not_suspected(string first, string nationality)
    {
        var lines = new[] { first, MrzLine2("L898902C3", nationality, "740812", 'F', "350415") };

        var (verdict, findings) = Decide(lines, certainty: 95, Good);

        Assert.Equal(Verdict.Clear, verdict);
        Assert.Contains(findings, f => f.Code == MrzFindingCodes.Specimen && f.Severity == MrzSeverity.Warning);
        Assert.DoesNotContain(findings, f => f.Code == MrzFindingCodes.UnknownCountry);
    }

    [Fact]
    public void An_expired_document_is_reported_but_not_suspected()
    {
        var lines = new[] { Valid[0], MrzLine2("HT1234567", "HTI", "900115", 'F', "200101") };

        var (verdict, findings) = Decide(lines, certainty: 95, Good);

        Assert.Equal(Verdict.Clear, verdict);
        Assert.Contains(findings, f => f.Code == MrzFindingCodes.Expired);
    }

    [Fact]
    public void Another_kind_of_document_than_expected_is_reported_but_not_suspected()
    {
        var (verdict, findings) = VerdictRules.Decide(MrzParser.Parse(Valid, Today), [], 95, Good, ExpectedDocument.Visa);

        Assert.Equal(Verdict.Clear, verdict);
        Assert.Contains(findings, f => f.Code == DocumentFindings.TypeMismatch);
    }

    [Fact]
    public void A_repair_is_reported_as_information()
    {
        var (verdict, findings) = VerdictRules.Decide(MrzParser.Parse(Valid, Today), [new MrzRepair(2, 12, '0', 'O')], 95, Good, null);

        Assert.Equal(Verdict.Clear, verdict);
        Assert.Contains(findings, f => f.Code == DocumentFindings.Repaired && f.Severity == MrzSeverity.Info && f.Detail == "2:12 0→O");
    }

    [Fact]
    public void No_mrz_is_unreadable_with_retake_advice()
    {
        var (verdict, findings) = VerdictRules.Decide(null, [], 0, Blurry with { Glare = 0.5, PixelsPerCharacter = 4 }, null);

        Assert.Equal(Verdict.Unreadable, verdict);
        Assert.Equal(
            [DocumentFindings.MrzNotFound, DocumentFindings.Blurry, DocumentFindings.Glare, DocumentFindings.TooSmall],
            findings.Select(f => f.Code));
    }

    [Fact]
    public void A_national_layout_the_reader_does_not_decode_concludes_nothing()
    {
        var lines = new[] { "IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<", "9409923102854CORINNE<<<<<<<6512068F4" };

        var (verdict, findings) = Decide(lines, certainty: 100, Good);

        Assert.Equal(Verdict.Unreadable, verdict);
        Assert.Equal(MrzFindingCodes.NationalLayout, Assert.Single(findings).Code);
    }

    [Fact]
    public void A_reading_whose_checks_pass_but_whose_names_were_barely_read_is_not_clear()
    {
        var (verdict, findings) = VerdictRules.Decide(MrzParser.Parse(Valid, Today), [], 95, Good, null, legibility: 30);

        Assert.Equal(Verdict.Unreadable, verdict);
        Assert.Contains(findings, f => f.Code == DocumentFindings.UnreliableRead);
    }

    private static (Verdict Verdict, IReadOnlyList<MrzFinding> Findings) Decide(string[] lines, double certainty, ImageQuality quality) =>
        VerdictRules.Decide(MrzParser.Parse(lines, Today), [], certainty, quality, null);

    private static string MrzLine2(string number, string nationality, string birth, char sex, string expiry)
    {
        static char Digit(string field) => (char)('0' + CheckDigit.Compute(field));
        var body = number + Digit(number) + nationality + birth + Digit(birth) + sex + expiry + Digit(expiry) + new string('<', 14) + "<";
        var composite = body[..10] + body[13..20] + body[21..43];
        return body + Digit(composite);
    }
}
