using BorderPost.Documents.ConsultingRegisters;
using BorderPost.Documents.Mrz;
using BorderPost.Documents.Reading;
using BorderPost.Documents.Register;

namespace BorderPost.Documents.Tests;

public sealed class RegisterFindingsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromHours(12);

    private static DocumentSighting Seen(string post, double hoursAgo, string surname = "JEAN", string given = "ROSE DIEUNEL", string birth = "060627") =>
        new(Guid.NewGuid(), "HTI:IC6378149", post, Now.AddHours(-hoursAgo), surname, given, birth);

    [Fact]
    public void A_document_in_the_register_is_critical_with_the_lines_status_date_and_source()
    {
        var reported = new ReportedDocument("HTI:IC6378149", "HTI", "IC6378149", "passport", ReportStatus.Stolen, new DateOnly(2026, 3, 1), "DIE extract", Guid.NewGuid());

        var finding = Assert.Single(RegisterFindings.Consult(Seen("OUA", 0), reported, [], Window));

        Assert.Equal((RegisterFindings.LostOrStolen, MrzSeverity.Critical), (finding.Code, finding.Severity));
        Assert.Equal("stolen, 2026-03-01, DIE extract", finding.Detail);
        Assert.Equal(Verdict.Fraudulent, VerdictRules.VerdictOf([finding]));
    }

    [Theory]
    [InlineData("JEAN", "ROSE DIEUNEL", "070627")]
    [InlineData("PIERRE", "MICHELINE", "060627")]
    public void The_same_number_seen_before_with_another_identity_is_critical_and_names_no_one(string surname, string given, string birth)
    {
        var earlier = Seen("MAL", 24 * 40, surname, given, birth);

        var finding = Assert.Single(RegisterFindings.Consult(Seen("OUA", 0), null, [earlier], Window));

        Assert.Equal((RegisterFindings.NumberReused, MrzSeverity.Critical), (finding.Code, finding.Severity));
        Assert.DoesNotContain(surname, finding.Detail);
        Assert.Contains("MAL", finding.Detail);
    }

    [Fact]
    public void A_misread_letter_in_a_name_is_not_another_identity()
    {
        var earlier = Seen("OUA", 24 * 40, "JEAN", "R0SE DIEUNEI");

        Assert.Empty(RegisterFindings.Consult(Seen("OUA", 0), null, [earlier], Window));
    }

    [Theory]
    [InlineData("MAL", 3, true)]
    [InlineData("MAL", 11.9, true)]
    [InlineData("MAL", 12.5, false)]
    [InlineData("OUA", 1, false)]
    public void The_same_document_at_another_post_within_the_window_is_a_warning(string post, double hoursAgo, bool reported)
    {
        var findings = RegisterFindings.Consult(Seen("OUA", 0), null, [Seen(post, hoursAgo)], Window);

        Assert.Equal(reported, findings.Any(f => f is { Code: RegisterFindings.SeenElsewhere, Severity: MrzSeverity.Warning }));
        Assert.Equal(reported ? Verdict.Suspicious : Verdict.Clear, VerdictRules.VerdictOf(findings));
    }

    [Fact]
    public void A_later_sighting_or_the_check_itself_is_not_compared()
    {
        var current = Seen("OUA", 0);
        var later = Seen("MAL", -1, birth: "991231");

        Assert.Empty(RegisterFindings.Consult(current, null, [current, later], Window));
    }

    [Theory]
    [InlineData("P<HTIAUGUSTIN<<GUERLINE<<<<<<<<<<<<<<<<<<<<<\nO551327795HTI5905111F3112250<<<<<<<<<<<<<<<4", true)]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10", false)]
    [InlineData("P<HTIAUGUSTIN<<GUERLINE<<<<<<<<<<<<<<<<<<<<<\nO551327785HTI5905111F3112250<<<<<<<<<<<<<<<4", false)]
    public void Only_a_reading_with_every_check_digit_right_and_not_a_specimen_is_consulted(string mrz, bool consulted) =>
        Assert.Equal(consulted, RegisterFindings.Applies(MrzParser.Parse(mrz.Split('\n'), new DateOnly(2026, 11, 30))));
}
