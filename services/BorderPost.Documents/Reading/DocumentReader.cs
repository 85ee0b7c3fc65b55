using System.Diagnostics;
using BorderPost.Documents.Reading.Imaging;
using BorderPost.Documents.Reading.Ocr;
using BorderPost.Documents.Reading.Photo;
using BorderPost.Documents.Reading.Recognition;
using BorderPost.Documents.Reading.VisualZone;
using OpenCvSharp;

namespace BorderPost.Documents.Reading;

/// <summary>
/// The whole reading of one picture: locate the MRZ, cut and level it, read its lines with the recogniser (when they
/// make no MRZ, Tesseract with a pooled engine and the character grid), parse and validate, let the check digits choose
/// among the characters the recogniser hesitated over, decide. The service and the evaluation harness both call this,
/// so what is measured is what runs.
/// </summary>
/// <param name="certainReading">The certainty a contradiction must rest on to be called fraud (the evaluation varies it).</param>
/// <param name="printed">The printed fields' check against the MRZ; none when null (the MRZ alone is read).</param>
/// <param name="photo">The portrait's checks; none when null.</param>
public sealed class DocumentReader(
    OcrEnginePool engines, double certainReading = VerdictRules.CertainReading, PrintedFieldCheck? printed = null, PhotoCheck? photo = null)
{
    private const int MaxCandidates = 4;

    /// <summary>The certainty a contradiction must rest on to be called fraud (0–100).</summary>
    public double CertainReading => certainReading;

    /// <summary>Bands Tesseract reads when the recogniser settles none (it is slower and never certain).</summary>
    private const int TesseractTries = 2;

    public DocumentReading Read(Mat gray, DateOnly checkDate, ExpectedDocument? expected = null)
    {
        var total = Stopwatch.StartNew();
        var candidates = MrzLocator.Locate(gray, MaxCandidates);
        var locateMs = total.Elapsed.TotalMilliseconds;
        double ocrMs = 0, validateMs = 0;

        ReadingAttempt? best = null;
        RotatedRect? bestRegion = null;
        var bestFlip = false;
        ImageQuality? firstQuality = null;
        var tried = new List<(MrzCandidate Candidate, bool Flip, int Score)>();
        foreach (var candidate in candidates)
        {
            foreach (var flip in (bool[])[false, true])
            {
                using var band = PreparedBand.Cut(gray, candidate.Region, flip);
                firstQuality ??= band.Quality;
                var clock = Stopwatch.StartNew();
                var attempt = NetworkReading.Read(band, checkDate);
                if (attempt is null)
                {
                    // No format fits the lines: the locator may have found two of a TD1's three lines.
                    using var taller = PreparedBand.Cut(gray, candidate.Region, flip, taller: 1.8f);
                    attempt = NetworkReading.Read(taller, checkDate);
                }
                ocrMs += clock.Elapsed.TotalMilliseconds;
                tried.Add((candidate, flip, attempt?.PassingScore ?? int.MinValue));
                if (Keep(attempt, candidate.Region, flip))
                {
                    return Finish(best, firstQuality);
                }
            }
        }
        // No band made a settled MRZ for the network: Tesseract and the character grid on the most promising ones.
        foreach (var (candidate, flip, _) in tried.OrderByDescending(t => t.Score).Take(TesseractTries))
        {
            using var band = PreparedBand.Cut(gray, candidate.Region, flip);
            var (attempt, ocr, validate) = ReadWithTesseract(band, checkDate);
            (ocrMs, validateMs) = (ocrMs + ocr, validateMs + validate);
            if (Keep(attempt, candidate.Region, flip))
            {
                return Finish(best, firstQuality);
            }
        }
        return Finish(best, firstQuality);

        // Keeps the best attempt so far; true when this one settles the reading: a recognised format that validates,
        // or whose contradictions rest on certain characters (the other attempts would only read the same band upside
        // down or another band).
        bool Keep(ReadingAttempt? attempt, RotatedRect region, bool flip)
        {
            if (attempt is null)
            {
                return false;
            }
            if (best is null || attempt.PassingScore > best.PassingScore)
            {
                (best, bestRegion, bestFlip) = (attempt, region, flip);
            }
            return (attempt.Reading.CheckDigitsValid && attempt.Legible) || (attempt.Plausible && attempt.Evidence >= certainReading);
        }

        DocumentReading Finish(ReadingAttempt? attempt, ImageQuality? fallbackQuality)
        {
            var decide = Stopwatch.StartNew();
            var (verdict, findings) = VerdictRules.Decide(
                attempt?.Reading, attempt?.Repairs ?? [], attempt?.Evidence ?? 0, attempt?.Quality ?? fallbackQuality, expected, certainReading,
                attempt?.Legibility ?? 0);
            validateMs += decide.Elapsed.TotalMilliseconds;
            List<FindingEvidence> visualEvidence = [];
            // The printed fields and the portrait are looked at only with an MRZ read with certainty and consistent in
            // itself, on a picture good enough for a contradiction read in it to be believed.
            if (verdict is Verdict.Clear or Verdict.Suspicious && attempt?.Reading is { CheckDigitsValid: true, Fields: { } fields, Format: { } format }
                && attempt.Quality.GoodEnoughForEvidence && bestRegion is { } region)
            {
                var clock = Stopwatch.StartNew();
                var (visual, evidence) = printed?.Check(gray, region, bestFlip, fields) ?? ([], []);
                var (portrait, photoEvidence) = photo is not null && PhotoCheck.Applies(format) ? photo.Check(gray, region, bestFlip) : ([], []);
                ocrMs += clock.Elapsed.TotalMilliseconds;
                if (visual.Count + portrait.Count > 0)
                {
                    findings = [.. findings, .. visual, .. portrait];
                    verdict = VerdictRules.VerdictOf(findings);
                    visualEvidence = [.. evidence, .. photoEvidence];
                }
            }
            return new DocumentReading(
                verdict,
                attempt?.Reading.Format is null ? null : attempt.Reading,
                findings,
                attempt?.Confidence ?? 0,
                attempt?.Quality ?? fallbackQuality,
                new ReadingTimings(locateMs, ocrMs, validateMs, total.Elapsed.TotalMilliseconds),
                bestRegion is { } r && attempt?.Reading.Format is not null ? Box(r, gray) : null,
                attempt?.Evidence ?? 0,
                visualEvidence);
        }
    }

    private static PixelBox Box(RotatedRect region, Mat picture)
    {
        var box = region.BoundingRect().Intersect(new Rect(0, 0, picture.Width, picture.Height));
        return new PixelBox(box.X, box.Y, box.Width, box.Height);
    }

    // One line read on its own; symbol boxes are moved back into the band's coordinates.
    private static OcrLine ReadLine(TesseractEngine engine, Mat band, (int Top, int Height) row)
    {
        using var strip = new Mat(band, new Rect(0, row.Top, band.Width, row.Height));
        var symbols = engine.ReadLines(strip, singleLine: true)
            .SelectMany(l => l.Symbols)
            .Select(s => s with { Box = s.Box with { Y = s.Box.Y + row.Top } })
            .OrderBy(s => s.Box.X)
            .ToList();
        return new OcrLine(symbols);
    }

    private (ReadingAttempt? Attempt, double OcrMs, double ValidateMs) ReadWithTesseract(PreparedBand band, DateOnly checkDate)
    {
        var rows = band.Rows.TakeLast(3).ToList();
        var clock = Stopwatch.StartNew();
        var lines = engines.Use(engine => rows.Select(row => ReadLine(engine, band.Normalised, row)).ToList());
        var ocrMs = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        var assembled = MrzTextAssembler.Assemble(lines, band.Normalised, band.Ink, band.Characters == 30 ? 3 : 2);
        if (assembled is null)
        {
            return (null, ocrMs, clock.Elapsed.TotalMilliseconds);
        }
        var (reading, repairs) = RepairedReading.Of(assembled.Lines, checkDate);
        if (!reading.CheckDigitsValid)
        {
            // Tesseract's reading does not validate: the glyphs' own reading of the same cells may.
            var (glyphReading, glyphRepairs) = RepairedReading.Of(assembled.GlyphLines, checkDate);
            if (glyphReading.CheckDigitsValid)
            {
                (reading, repairs) = (glyphReading, glyphRepairs);
            }
        }
        var lineLength = reading.Lines.Count > 0 && reading.Lines[0].Length > 0 ? reading.Lines[0].Length : band.Characters;
        // Tesseract's confidences do not tell its misreads from its right reads: its evidence is never certain.
        var attempt = new ReadingAttempt(reading, repairs, assembled.Confidence, Evidence: 0, Legibility: assembled.Confidence, band.Quality with
        {
            PixelsPerCharacter = band.Width / MrzBand.LengthMargin / lineLength,
        });
        return (attempt, ocrMs, clock.Elapsed.TotalMilliseconds);
    }
}
