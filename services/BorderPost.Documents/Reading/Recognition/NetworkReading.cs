using BorderPost.Documents.Reading.Imaging;
using OpenCvSharp;

namespace BorderPost.Documents.Reading.Recognition;

/// <summary>
/// A band read by the recogniser: every text line (the last four), the MRZ among them (<see cref="NetworkMrz"/>),
/// hesitations settled by the rules and check digits, as an attempt whose evidence is the certainty of the
/// check-digit-covered lines.
/// </summary>
internal static class NetworkReading
{
    public static ReadingAttempt? Read(PreparedBand band, DateOnly checkDate)
    {
        // A row that touches the band's edge is a line cut in two: read, it would be a confident misreading.
        var height = band.Normalised.Height;
        var rows = band.Rows.Where(row => row.Top > 0 && row.Top + row.Height < height).TakeLast(4).ToList();
        var attempt = FromNetwork([.. rows.Select(row => Recognise(band.Normalised, row))], checkDate, band.Quality, band.Width);
        if (attempt is null || attempt.Reading.CheckDigitsValid || attempt.Evidence < VerdictRules.CertainReading)
        {
            return attempt;
        }
        // A contradiction read with certainty is read again from a slightly different picture of the same lines
        // (narrower, softer): a misreading rarely survives that; a printed contradiction does. If the lines differ,
        // the reading was not certain after all.
        using var softer = Softer(band.Normalised);
        var again = FromNetwork([.. rows.Select(row => Recognise(softer, row))], checkDate, band.Quality, band.Width);
        return again is not null && again.Reading.Lines.SequenceEqual(attempt.Reading.Lines) ? attempt : attempt with { Evidence = 0 };
    }

    // The line with room above and below: the rows end where the ink thins out, and the recogniser was trained on
    // lines whose capitals fill about half to three quarters of the crop.
    private static RecognisedLine Recognise(Mat band, (int Top, int Height) row)
    {
        var extra = row.Height / 4;
        var top = Math.Max(0, row.Top - extra);
        var bottom = Math.Min(band.Height, row.Top + row.Height + extra);
        using var strip = new Mat(band, new Rect(0, top, band.Width, bottom - top));
        return LineRecogniser.Shared.Read(strip);
    }

    // The best MRZ the network's lines make, as an attempt whose confidence is the certainty of the evidence (0–100).
    private static ReadingAttempt? FromNetwork(IReadOnlyList<RecognisedLine> lines, DateOnly checkDate, ImageQuality quality, int bandWidth)
    {
        ReadingAttempt? best = null;
        foreach (var read in NetworkMrz.Candidates(lines, checkDate))
        {
            var candidate = read;
            var (reading, repairs) = RepairedReading.Of(candidate.Lines, checkDate);
            if (NetworkMrz.Broken(reading) > 0 && NetworkMrz.ResolveHesitations(candidate, checkDate) is { } resolved)
            {
                var (settled, forced) = RepairedReading.Of(resolved.Candidate.Lines, checkDate);
                if (NetworkMrz.Broken(settled) < NetworkMrz.Broken(reading))
                {
                    (candidate, reading, repairs) = (resolved.Candidate, settled, [.. resolved.Repairs, .. forced]);
                }
            }
            if (reading.CheckDigitsValid && NetworkMrz.DigitsAmongDigits(candidate, checkDate) is { } digits)
            {
                var (settled, forced) = RepairedReading.Of(digits.Candidate.Lines, checkDate);
                (candidate, reading, repairs) = (digits.Candidate, settled, [.. repairs, .. digits.Repairs, .. forced]);
            }
            var lineLength = candidate.Lines[0].Length;
            var attempt = new ReadingAttempt(
                reading, repairs, NetworkMrz.MedianCertainty(candidate) * 100, NetworkMrz.EvidenceCertainty(candidate) * 100,
                NetworkMrz.WeakestCertainty(candidate) * 100, quality with
                {
                    PixelsPerCharacter = bandWidth / MrzBand.LengthMargin / lineLength,
                });
            if (best is null || attempt.PassingScore > best.PassingScore)
            {
                best = attempt;
            }
        }
        return best;
    }

    private static Mat Softer(Mat band)
    {
        var result = new Mat();
        Cv2.Resize(band, result, new Size((int)(band.Width * 0.85), band.Height), 0, 0, InterpolationFlags.Area);
        Cv2.GaussianBlur(result, result, new Size(0, 0), 0.6);
        return result;
    }
}
