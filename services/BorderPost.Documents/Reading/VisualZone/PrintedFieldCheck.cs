using BorderPost.Documents.Reading.Imaging;
using BorderPost.Documents.Reading.Ocr;
using OpenCvSharp;

namespace BorderPost.Documents.Reading.VisualZone;

/// <summary>
/// Reads the visual zone above a certain MRZ with Tesseract (French and English) and reports each printed field the MRZ
/// contradicts as <c>viz.mismatch</c> (critical), with both readings and the printed field's region.
/// </summary>
public sealed class PrintedFieldCheck(OcrEnginePool engines)
{
    public const string Mismatch = "viz.mismatch";

    /// <summary>
    /// The language data the visual zone is read with by default (Debian's tesseract-ocr-fra and -eng); "fra" alone reads
    /// a fifth faster and compares slightly fewer real documents (README, verdict policy).
    /// </summary>
    public const string Languages = "fra+eng";

    /// <summary>A pool of engines for printed text in <paramref name="languages"/>, without the MRZ's alphabet.</summary>
    public static OcrEnginePool Engines(int size, string? dataPath, string languages = Languages) =>
        new(size, () => new TesseractEngine(dataPath, languages, whitelist: null));

    public void WarmUp() => engines.WarmUp();

    public (IReadOnlyList<MrzFinding> Findings, IReadOnlyList<FindingEvidence> Evidence) Check(Mat gray, RotatedRect mrz, bool flip, MrzFields fields)
    {
        var (cut, toPicture) = VisualZoneCut.Above(gray, mrz, flip);
        using (cut)
        using (toPicture)
        {
            var words = engines.Use(engine => engine.ReadWords(cut));
            var mismatches = PrintedFields.Compare(words, fields);
            var findings = mismatches.Select(m => new MrzFinding(Mismatch, MrzSeverity.Critical, m.Field, $"{m.Mrz} ≠ {m.Printed}")).ToList();
            var evidence = mismatches.Select(m => new FindingEvidence(
                Mismatch, MrzSeverity.Critical, VisualZoneCut.ToPicture(m.Box, toPicture, gray.Width, gray.Height), m.Confidence,
                PrintedFields.MinimumConfidence, m.Mrz, m.Printed)).ToList();
            return (findings, evidence);
        }
    }
}
