using BorderPost.Documents.Reading;

namespace BorderPost.Documents.Tests;

/// <summary>
/// The failure modes seen on real documents, each on a committed picture drawn in a layout the reader never assumed
/// (Samples/FailureModes/make.py): an MRZ across a whole card, a thumbnail, a white scan, a bare MRZ crop, a blot over a
/// digit, characters too small to read.
/// </summary>
public sealed class FailureModeTests(PipelineTests.Engines engines) : IClassFixture<PipelineTests.Engines>
{
    private static readonly string Folder = Path.Combine(Sample.Folder, "FailureModes");

    [Theory]
    [InlineData("td1-mrz-across-the-card.jpg")]
    [InlineData("passport-thumbnail-400px.jpg")]
    [InlineData("mrz-crop-only.png")]
    public void An_mrz_of_any_size_in_the_picture_is_found_and_read_exactly(string file)
    {
        var (reading, expected) = Read(file);

        Assert.Equal(expected, string.Join('\n', reading.Mrz?.Lines ?? []));
        Assert.Equal(Verdict.Clear, reading.Verdict);
        Assert.DoesNotContain(reading.Findings, f => f.Code == DocumentFindings.TooSmall);
    }

    [Fact]
    public void A_clean_white_scan_is_clear_and_raises_no_glare()
    {
        var (reading, expected) = Read("clean-white-scan.png");

        Assert.Equal(expected, string.Join('\n', reading.Mrz?.Lines ?? []));
        Assert.Equal(Verdict.Clear, reading.Verdict);
        Assert.Equal(0, reading.Quality!.Glare, 3);
    }

    [Fact]
    public void Characters_hidden_under_a_blot_never_make_a_genuine_document_fraudulent()
    {
        var (reading, _) = Read("ink-blot-over-birth-date.jpg");

        Assert.NotEqual(Verdict.Fraudulent, reading.Verdict);
        Assert.NotEqual(Verdict.Suspicious, reading.Verdict);
    }

    [Fact]
    public void Characters_too_small_to_read_are_unreadable_with_advice_and_never_an_accusation()
    {
        var (reading, _) = Read("too-small-to-read.png");

        Assert.Equal(Verdict.Unreadable, reading.Verdict);
        Assert.Contains(reading.Findings, f => f.Code is DocumentFindings.TooSmall or DocumentFindings.MrzNotFound);
    }

    [Fact]
    public void A_genuine_document_whose_check_digit_would_fail_on_one_misread_character_is_not_called_fraudulent()
    {
        // The reading of line 2 with one digit the recogniser is unsure of: a failing check resting on it is no evidence.
        string[] lines =
        [
            "P<HTIDORVIL<<MARC<ANTOINE<<<<<<<<<<<<<<<<<<<",
            "RD44712039HTI8509211M3306150<<<<<<<<<<<<<<02",
        ];
        var misread = lines[1].ToCharArray();
        misread[15] = '8';
        var reading = Mrz.MrzParser.Parse([lines[0], new string(misread)], Sample.CheckDate);

        var (verdict, findings) = VerdictRules.Decide(reading, [], certainty: VerdictRules.CertainReading - 1, Good, null);

        Assert.False(reading.CheckDigitsValid);
        Assert.Equal(Verdict.Unreadable, verdict);
        Assert.Contains(findings, f => f.Code == DocumentFindings.UnreliableRead);
    }

    private static readonly ImageQuality Good = new(Sharpness: 900, Glare: 0, PixelsPerCharacter: 20);

    private (DocumentReading Reading, string Expected) Read(string file)
    {
        var labels = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "labels.json")));
        var label = labels.RootElement.EnumerateArray().Single(e => e.GetProperty("file").GetString() == file);
        var intake = ImageIntake.Accept(File.ReadAllBytes(Path.Combine(Folder, file)));
        using var gray = intake.Gray ?? throw new InvalidOperationException($"{file} rejected: {intake.Rejection}");
        return (engines.Reader.Read(gray, Sample.CheckDate), label.GetProperty("mrz").GetString()!);
    }
}
