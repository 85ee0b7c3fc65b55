using OpenCvSharp;

namespace BorderPost.Documents.Reading.Imaging;

/// <summary>Where the MRZ seems to be: a rotated rectangle in the coordinates of the picture, and how sure we are.</summary>
public sealed record MrzCandidate(RotatedRect Region, double Score);

/// <summary>
/// Finds the machine-readable zone on a page or photo: dark-text emphasis (black-hat), horizontal gradient, closing
/// into text bands, then the wide bands near the bottom whose width and aspect ratio fit two or three MRZ lines.
/// The text size is not known (an MRZ fills 15 % to 100 % of a picture's width, in 30 to 44 characters), so the
/// search runs at several character heights; small pictures are enlarged to the working size first. The picture is
/// tried upright and turned a quarter, so sideways photos are found too.
/// </summary>
public static class MrzLocator
{
    private const double WorkingSize = 1000;

    /// <summary>Character heights searched, as a share of the working picture's width: from a 44-character MRZ over
    /// about a quarter of the width to a 30-character one across the whole of it.</summary>
    private static readonly double[] TextHeights = [1 / 90.0, 1 / 45.0, 1 / 28.0];

    public static IReadOnlyList<MrzCandidate> Locate(Mat gray, int maxCandidates = 3)
    {
        var scale = WorkingSize / Math.Max(gray.Width, gray.Height);
        using var small = new Mat();
        Cv2.Resize(gray, small, new Size(0, 0), scale, scale, scale < 1 ? InterpolationFlags.Area : InterpolationFlags.Cubic);

        var candidates = new List<MrzCandidate>();
        using var turned = new Mat();
        Cv2.Rotate(small, turned, RotateFlags.Rotate90Clockwise);
        foreach (var share in TextHeights)
        {
            candidates.AddRange(Find(small, share, quarterTurn: false).Select(c => Rescale(c, scale)));
            candidates.AddRange(Find(turned, share, quarterTurn: true).Select(c => FromTurned(c, small.Size())).Select(c => Rescale(c, scale)));
        }
        return [.. Distinct(candidates.OrderByDescending(c => c.Score)).Take(maxCandidates)];
    }

    // The same band found at two text heights is one candidate: the better-scored one stays.
    private static IEnumerable<MrzCandidate> Distinct(IEnumerable<MrzCandidate> ranked)
    {
        var kept = new List<MrzCandidate>();
        foreach (var candidate in ranked)
        {
            var box = candidate.Region.BoundingRect();
            if (kept.All(k => Overlap(k.Region.BoundingRect(), box) < 0.6))
            {
                kept.Add(candidate);
                yield return candidate;
            }
        }
    }

    private static double Overlap(Rect a, Rect b)
    {
        var common = a.Intersect(b);
        var area = (double)common.Width * common.Height;
        return common.Width <= 0 || common.Height <= 0 ? 0 : area / ((double)a.Width * a.Height + (double)b.Width * b.Height - area);
    }

    private static IEnumerable<MrzCandidate> Find(Mat image, double textShare, bool quarterTurn)
    {
        var textHeight = Math.Max(3, (int)(image.Width * textShare));
        foreach (var candidate in CharacterRows.Find(image, textHeight, quarterTurn))
        {
            yield return candidate;
        }
        using var rectKernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(textHeight * 3, textHeight));
        using var blackhat = new Mat();
        Cv2.MorphologyEx(image, blackhat, MorphTypes.BlackHat, rectKernel);

        using var gradient = new Mat();
        Cv2.Sobel(blackhat, gradient, MatType.CV_32F, 1, 0, 3);
        Cv2.ConvertScaleAbs(gradient, gradient);
        Cv2.Normalize(gradient, gradient, 0, 255, NormTypes.MinMax);

        using var bands = new Mat();
        using var lineKernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(textHeight * 4, Math.Max(1, textHeight / 2)));
        Cv2.MorphologyEx(gradient, bands, MorphTypes.Close, lineKernel);
        Cv2.Threshold(bands, bands, 0, 255, ThresholdTypes.Binary | ThresholdTypes.Otsu);
        foreach (var candidate in LineGroups(bands, quarterTurn))
        {
            yield return candidate;
        }
        using var blockKernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(textHeight * 2, (int)(textHeight * 1.6)));
        Cv2.MorphologyEx(bands, bands, MorphTypes.Close, blockKernel);
        Cv2.Erode(bands, bands, null, iterations: 2);
        Cv2.Dilate(bands, bands, null, iterations: 2);

        Cv2.FindContours(bands, out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
        foreach (var contour in contours)
        {
            var box = Cv2.MinAreaRect(contour);
            var (length, thickness) = box.Size.Width >= box.Size.Height
                ? (box.Size.Width, box.Size.Height)
                : (box.Size.Height, box.Size.Width);
            if (thickness < 4 || length < image.Width * 0.25)
            {
                continue;
            }
            var aspect = length / thickness;
            if (aspect < 3 || aspect > 30)
            {
                continue;
            }
            var fill = Cv2.ContourArea(contour) / Math.Max(1, length * thickness);
            var lowness = box.Center.Y / image.Height;
            var widthShare = Math.Min(1.0, length / image.Width);
            var score = widthShare * 2 + fill + lowness * 0.5 - (quarterTurn ? 0.05 : 0);
            yield return new MrzCandidate(box, score);
        }
    }

    /// <summary>
    /// Two or three text lines one above the other, as long as each other and aligned: an MRZ whose lines are too far
    /// apart, or on too busy a background, for the closing to join them into one block.
    /// </summary>
    private static IEnumerable<MrzCandidate> LineGroups(Mat lineMask, bool quarterTurn)
    {
        using var separated = new Mat();
        Cv2.Erode(lineMask, separated, null, iterations: 1);
        Cv2.Dilate(separated, separated, null, iterations: 1);
        Cv2.FindContours(separated, out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
        var width = lineMask.Width;
        var height = lineMask.Height;
        var lines = contours
            .Select(c => (Points: c, Line: Level(Cv2.MinAreaRect(c))))
            .Where(l => l.Line.Length >= width * 0.2 && l.Line.Thickness >= 2 && l.Line.Length / l.Line.Thickness >= 6)
            .OrderBy(l => l.Line.Box.Center.Y)
            .ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var chain = new List<int> { i };
            for (var j = i + 1; j < lines.Count && chain.Count < 3; j++)
            {
                if (Continues(lines[chain[^1]].Line, lines[j].Line))
                {
                    chain.Add(j);
                }
            }
            for (var count = 2; count <= chain.Count; count++)
            {
                var points = chain.Take(count).SelectMany(k => lines[k].Points).ToArray();
                var box = Cv2.MinAreaRect(points);
                var length = Math.Max(box.Size.Width, box.Size.Height);
                var score = Math.Min(1.0, length / width) * 2 + 0.8 + box.Center.Y / height * 0.5 - (quarterTurn ? 0.05 : 0);
                yield return new MrzCandidate(box, score);
            }
        }
    }

    private sealed record TextLine(RotatedRect Box, float Length, float Thickness);

    private static TextLine Level(RotatedRect box) => box.Size.Width >= box.Size.Height
        ? new TextLine(box, box.Size.Width, box.Size.Height)
        : new TextLine(box, box.Size.Height, box.Size.Width);

    // The next MRZ line: below by one to four line heights, about as long, starting about where the other starts.
    private static bool Continues(TextLine above, TextLine below)
    {
        var drop = below.Box.Center.Y - above.Box.Center.Y;
        var thickness = Math.Max(above.Thickness, below.Thickness);
        var longer = Math.Max(above.Length, below.Length);
        return drop >= thickness * 0.9 && drop <= thickness * 4
            && Math.Abs(above.Length - below.Length) <= longer * 0.3
            && Math.Abs(above.Box.Center.X - below.Box.Center.X) <= longer * 0.2;
    }

    // A rectangle found in the picture turned 90° clockwise, mapped back: (x', y') = (H - 1 - y, x) ⇒ (x, y) = (y', H - 1 - x').
    private static MrzCandidate FromTurned(MrzCandidate candidate, Size original)
    {
        var r = candidate.Region;
        var center = new Point2f(r.Center.Y, original.Height - 1 - r.Center.X);
        return candidate with { Region = new RotatedRect(center, r.Size, r.Angle - 90) };
    }

    private static MrzCandidate Rescale(MrzCandidate candidate, double scale)
    {
        var r = candidate.Region;
        var f = (float)(1 / scale);
        return candidate with
        {
            Region = new RotatedRect(new Point2f(r.Center.X * f, r.Center.Y * f), new Size2f(r.Size.Width * f, r.Size.Height * f), r.Angle),
        };
    }
}
