using BorderPost.Documents.Mrz;
using BorderPost.Documents.Reading;
using BorderPost.Documents.Reading.Ocr;
using BorderPost.Documents.Reading.VisualZone;
using OpenCvSharp;

namespace BorderPost.Documents.Tests;

/// <summary>The printed fields against the MRZ: the comparison's rules on word lists, then the whole check on pictures.</summary>
public sealed class PrintedFieldTests : IClassFixture<PrintedFieldTests.Engines>
{
    public sealed class Engines : IDisposable
    {
        public OcrEnginePool Mrz { get; } = new(1);

        public OcrEnginePool Printed { get; } = PrintedFieldCheck.Engines(1, null);

        public DocumentReader Reader => new(Mrz, printed: new PrintedFieldCheck(Printed));

        public void Dispose()
        {
            Mrz.Dispose();
            Printed.Dispose();
        }
    }

    private readonly Engines _engines;

    public PrintedFieldTests(Engines engines) => _engines = engines;

    private static readonly MrzFields Mrz = MrzParser.Parse(
        ["P<HTIAUGUSTIN<<GUERLINE<<<<<<<<<<<<<<<<<<<<<", "O551327795HTI5905111F3112250<<<<<<<<<<<<<<<4"], new DateOnly(2026, 11, 30)).Fields!;

    // A page as Tesseract returns it: label lines, value lines under them, one word per entry.
    private static List<OcrWord> Page(params (string Label, string Value)[] fields)
    {
        var words = new List<OcrWord>();
        var y = 10;
        foreach (var (label, value) in fields)
        {
            foreach (var (line, height) in new[] { (label, 14), (value, 26) })
            {
                var x = 400;
                foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    words.Add(new OcrWord(word, new Rect(x, y, word.Length * 12, height), 92));
                    x += word.Length * 12 + 10;
                }
                y += height + 8;
            }
        }
        return words;
    }

    private static readonly (string, string)[] Genuine =
    [
        ("Nom / Surname", "AUGUSTIN"), ("Prénoms / Given names", "GUERLINE"), ("Date de naissance / Date of birth", "11 MAY 1959"),
        ("Date d'expiration / Date of expiry", "25 DEC 2031"), ("N° du document / Document No.", "O55132779"),
    ];

    [Fact]
    public void A_genuine_page_agrees_with_its_mrz() => Assert.Empty(PrintedFields.Compare(Page(Genuine), Mrz));

    [Theory]
    [InlineData(0, "AUGUSTÍN", false)]            // an accent the MRZ transliterates
    [InlineData(2, "11.05.1959", false)]          // another date form
    [InlineData(2, "11 MAI/MAY 59", false)]
    [InlineData(0, "AUGUSTlN", false)]            // OCR noise
    [InlineData(0, "DESROSIERS", true)]
    [InlineData(2, "11 MAY 1961", true)]
    [InlineData(4, "RD8812345", true)]
    public void A_printed_field_is_compared_tolerantly(int field, string printed, bool mismatch)
    {
        var page = Genuine.ToArray();
        page[field] = (page[field].Item1, printed);

        var found = PrintedFields.Compare(Page(page), Mrz);

        Assert.Equal(mismatch, found.Count == 1);
    }

    [Fact]
    public void A_wrong_line_under_a_label_a_parents_name_or_too_few_agreeing_fields_accuse_no_one()
    {
        Assert.Empty(PrintedFields.Compare(Page([.. Genuine[..2], ("Date de naissance / Date of birth", "PORT-AU-PRINCE"), .. Genuine[3..]]), Mrz));
        Assert.Empty(PrintedFields.Compare(Page([.. Genuine, ("Prénoms des parents / Parents' given names", "ADAM BARBARA")]), Mrz));
        Assert.Empty(PrintedFields.Compare(Page(("Nom / Surname", "DESROSIERS"), Genuine[1]), Mrz));
        // The MRZ's value printed elsewhere on the page: the label was matched to another line.
        Assert.Empty(PrintedFields.Compare(Page([("Nom / Surname", "DESROSIERS"), .. Genuine[1..], ("Nom d'usage", "AUGUSTIN")]), Mrz));
    }

    [Theory]
    [InlineData("0013-passport-scan.jpg", Verdict.Fraudulent)]
    [InlineData("0039-passport-scan.jpg", Verdict.Fraudulent)]
    [InlineData("0030-passport-scan.jpg", Verdict.Clear)]
    public void A_changed_printed_field_or_a_recomputed_mrz_is_fraudulent_with_both_readings_and_a_genuine_page_is_clear(string file, Verdict expected)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "PrintedFields", file));
        using var gray = ImageIntake.Accept(bytes).Gray!;

        var reading = _engines.Reader.Read(gray, new DateOnly(2026, 11, 23));

        Assert.Equal(expected, reading.Verdict);
        if (expected == Verdict.Fraudulent)
        {
            var finding = Assert.Single(reading.Findings, f => f.Code == PrintedFieldCheck.Mismatch);
            Assert.Equal(MrzSeverity.Critical, finding.Severity);
            var evidence = Assert.Single(reading.VisualEvidence!);
            Assert.True(evidence.Region!.Y + evidence.Region.Height < reading.MrzRegion!.Y, "the printed field is above the MRZ");
            Assert.NotEqual(evidence.Expected, evidence.Found);
        }
    }
}
