using OpenCvSharp;

namespace BorderPost.Documents.Reading.Imaging;

/// <summary>Where the MRZ seems to be: a rotated rectangle in the coordinates of the picture, and how sure we are.</summary>
public sealed record MrzCandidate(RotatedRect Region, double Score);

/// <summary>
/// Finds the machine-readable zone on a page or photo: dark-text emphasis (black-hat), horizontal gradient, closing
/// into text bands, then the wide bands near the bottom whose width and aspect ratio fit two or three MRZ lines.
/// The picture is tried upright and turned a quarter, so sideways photos are found too.
/// </summary>
public static class MrzLocator
{
    private const double WorkingSize = 1000;

    public static IReadOnlyList<MrzCandidate> Locate(Mat gray, int maxCandidates = 3)
    {
        var scale = Math.Min(1.0, WorkingSize / Math.Max(gray.Width, gray.Height));
        using var small = new Mat();
        Cv2.Resize(gray, small, new Size(0, 0), scale, scale, InterpolationFlags.Area);

        var candidates = new List<MrzCandidate>();
        candidates.AddRange(Find(small, quarterTurn: false).Select(c => Rescale(c, scale)));
        using var turned = new Mat();
        Cv2.Rotate(small, turned, RotateFlags.Rotate90Clockwise);
        candidates.AddRange(Find(turned, quarterTurn: true).Select(c => FromTurned(c, small.Size())).Select(c => Rescale(c, scale)));
        return [.. candidates.OrderByDescending(c => c.Score).Take(maxCandidates)];
    }

    private static IEnumerable<MrzCandidate> Find(Mat image, bool quarterTurn)
    {
        var textHeight = Math.Max(3, (int)(image.Width / 90.0));
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
