using System.Diagnostics;
using BorderPost.Documents.Mrz;
using BorderPost.Documents.Reading.Imaging;
using BorderPost.Documents.Reading.Ocr;
using OpenCvSharp;

namespace BorderPost.Documents.Reading;

/// <summary>
/// The whole reading of one picture: locate the MRZ, cut and level it, OCR it with a pooled engine, assemble the
/// lines on the character grid, parse and validate, repair OCR confusions guided by the check digits, decide.
/// The service and the evaluation harness both call this, so what is measured is what runs.
/// </summary>
public sealed class DocumentReader(OcrEnginePool engines)
{
    private const int MaxCandidates = 3;

    public DocumentReading Read(Mat gray, DateOnly checkDate, ExpectedDocument? expected = null)
    {
        var total = Stopwatch.StartNew();
        var candidates = MrzLocator.Locate(gray, MaxCandidates);
        var locateMs = total.Elapsed.TotalMilliseconds;
        double ocrMs = 0, validateMs = 0;

        ReadingAttempt? best = null;
        ImageQuality? firstQuality = null;
        foreach (var candidate in candidates)
        {
            foreach (var flip in (bool[])[false, true])
            {
                var (attempt, quality, ocr, validate) = TryRead(gray, candidate.Region, flip, checkDate);
                (ocrMs, validateMs) = (ocrMs + ocr, validateMs + validate);
                firstQuality ??= quality;
                if (attempt is null)
                {
                    continue;
                }
                if (best is null || attempt.PassingScore > best.PassingScore)
                {
                    best = attempt;
                }
                // A recognised format read with confidence is the MRZ the right way up: the other attempts would
                // only read the same band upside down or another band.
                if (attempt.Reading.CheckDigitsValid || (attempt.Plausible && attempt.Confidence >= VerdictRules.ConfidentOcr))
                {
                    return Finish(best, firstQuality);
                }
            }
        }
        return Finish(best, firstQuality);

        DocumentReading Finish(ReadingAttempt? attempt, ImageQuality? fallbackQuality)
        {
            var decide = Stopwatch.StartNew();
            var (verdict, findings) = VerdictRules.Decide(
                attempt?.Reading, attempt?.Repairs ?? [], attempt?.Confidence ?? 0, attempt?.Quality ?? fallbackQuality, expected);
            validateMs += decide.Elapsed.TotalMilliseconds;
            return new DocumentReading(
                verdict,
                attempt?.Reading.Format is null ? null : attempt.Reading,
                findings,
                attempt?.Confidence ?? 0,
                attempt?.Quality ?? fallbackQuality,
                new ReadingTimings(locateMs, ocrMs, validateMs, total.Elapsed.TotalMilliseconds));
        }
    }

    // Parses the lines, applying the repairs the check digits and field types allow.
    private static (MrzReading Reading, IReadOnlyList<MrzRepair> Repairs) Validate(IReadOnlyList<string> lines, DateOnly checkDate)
    {
        var reading = MrzParser.Parse(lines, checkDate);
        if (reading.Format is null)
        {
            return (reading, []);
        }
        var repaired = MrzRepairer.Repair(lines);
        if (!repaired.AllCheckDigitsValid)
        {
            // The check digits cannot be made to pass: keep only what the field types alone decide.
            repaired = MrzRepairer.RepairFieldTypes(lines);
        }
        return repaired.Repairs.Count > 0 ? (MrzParser.Parse(repaired.Lines, checkDate), repaired.Repairs) : (reading, []);
    }

    private static Mat Ink(Mat gray)
    {
        var ink = new Mat();
        Cv2.Threshold(gray, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
        return ink;
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

    private (ReadingAttempt? Attempt, ImageQuality Quality, double OcrMs, double ValidateMs) TryRead(
        Mat gray, RotatedRect region, bool flip, DateOnly checkDate)
    {
        using var band = MrzBand.Extract(gray, region, flip);
        var characters = band.Width / (double)band.Height > 8 ? 44 : 30;
        using var scaled = MrzBand.Normalise(band, characters);
        var quality = ImageQuality.Measure(band, scaled, characters);
        using var roughInk = Ink(scaled);
        using var normalised = MrzLines.Straighten(scaled, roughInk);
        using var ink = Ink(normalised);

        // The last three lines at most: the MRZ is at the bottom of the band.
        var rows = MrzLines.Split(ink).TakeLast(3).ToList();
        var clock = Stopwatch.StartNew();
        var lines = engines.Use(engine => rows.Select(row => ReadLine(engine, normalised, row)).ToList());
        var ocrMs = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        var assembled = MrzTextAssembler.Assemble(lines, normalised, ink, characters == 30 ? 3 : 2);
        if (assembled is null)
        {
            return (null, quality, ocrMs, clock.Elapsed.TotalMilliseconds);
        }
        var (reading, repairs) = Validate(assembled.Lines, checkDate);
        if (!reading.CheckDigitsValid)
        {
            // Tesseract's reading does not validate: the glyphs' own reading of the same cells may.
            var (glyphReading, glyphRepairs) = Validate(assembled.GlyphLines, checkDate);
            if (glyphReading.CheckDigitsValid)
            {
                (reading, repairs) = (glyphReading, glyphRepairs);
            }
        }
        var lineLength = reading.Lines.Count > 0 && reading.Lines[0].Length > 0 ? reading.Lines[0].Length : characters;
        var attempt = new ReadingAttempt(reading, repairs, assembled.Confidence, quality with
        {
            PixelsPerCharacter = band.Width / MrzBand.LengthMargin / lineLength,
        });
        return (attempt, quality, ocrMs, clock.Elapsed.TotalMilliseconds);
    }
}
