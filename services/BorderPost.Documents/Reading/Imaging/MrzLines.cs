using OpenCvSharp;

namespace BorderPost.Documents.Reading.Imaging;

/// <summary>
/// Levels the band precisely and cuts it into its text lines, so each MRZ line is read on its own: Tesseract reading
/// the block at once sometimes merges two close lines into one.
/// </summary>
public static class MrzLines
{
    /// <summary>
    /// Turns the band by the small angle (±3°) that makes its lines most horizontal: the one whose row profile of ink
    /// is the most contrasted.
    /// </summary>
    public static Mat Straighten(Mat gray, Mat ink)
    {
        var best = (Score: Score(ink), Angle: 0.0);
        for (var angle = -3.0; angle <= 3.0; angle += 0.5)
        {
            if (angle == 0)
            {
                continue;
            }
            using var turned = Rotate(ink, angle, BorderTypes.Constant, Scalar.All(0));
            var score = Score(turned);
            if (score > best.Score)
            {
                best = (score, angle);
            }
        }
        return best.Angle == 0 ? gray.Clone() : Rotate(gray, best.Angle, BorderTypes.Replicate, Scalar.All(255));
    }

    /// <summary>The rows of each text line (top, height), top to bottom, padded a little.</summary>
    public static IReadOnlyList<(int Top, int Height)> Split(Mat ink)
    {
        // Smoothed over a quarter of a character's height: thin printing makes the profile spiky (a peak at each
        // horizontal stroke), and a raw threshold would cut a line into slivers.
        var rows = Smooth(RowInk(ink), 7);
        var peak = rows.Max();
        if (peak <= 0)
        {
            return [];
        }
        var threshold = peak * 0.25;
        var runs = new List<(int Top, int Height)>();
        var start = -1;
        for (var y = 0; y <= rows.Length; y++)
        {
            var inked = y < rows.Length && rows[y] > threshold;
            if (inked && start < 0)
            {
                start = y;
            }
            else if (!inked && start >= 0)
            {
                runs.Add((start, y - start));
                start = -1;
            }
        }
        if (runs.Count == 0)
        {
            return [];
        }
        // Text lines are the tall runs; specks and guilloche are thin.
        // Text lines are the tall runs (specks and guilloche are thin), and MRZ lines run across most of the band.
        var tallest = runs.Max(r => r.Height);
        var lines = runs.Where(r => r.Height >= tallest * 0.45 && InkWidth(ink, r) >= ink.Width * 0.5).ToList();
        return [.. lines.Select(r =>
        {
            var pad = Math.Max(2, r.Height / 3);
            var top = Math.Max(0, r.Top - pad);
            return (top, Math.Min(ink.Height, r.Top + r.Height + pad) - top);
        })];
    }

    private static int InkWidth(Mat ink, (int Top, int Height) run)
    {
        using var rows = new Mat(ink, new Rect(0, run.Top, ink.Width, run.Height));
        using var columns = new Mat();
        Cv2.Reduce(rows, columns, ReduceDimension.Row, ReduceTypes.Max, -1);
        Cv2.FindNonZero(columns, columns);
        if (columns.Rows == 0)
        {
            return 0;
        }
        var first = columns.At<Point>(0).X;
        var last = columns.At<Point>(columns.Rows - 1).X;
        return last - first + 1;
    }

    private static double[] RowInk(Mat ink)
    {
        using var sums = new Mat();
        Cv2.Reduce(ink, sums, ReduceDimension.Column, ReduceTypes.Sum, MatType.CV_64F);
        var rows = new double[sums.Rows];
        for (var y = 0; y < rows.Length; y++)
        {
            rows[y] = sums.At<double>(y, 0);
        }
        return rows;
    }

    private static double[] Smooth(double[] values, int window)
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var (from, to) = (Math.Max(0, i - window / 2), Math.Min(values.Length - 1, i + window / 2));
            var sum = 0.0;
            for (var k = from; k <= to; k++)
            {
                sum += values[k];
            }
            result[i] = sum / (to - from + 1);
        }
        return result;
    }

    private static double Score(Mat ink)
    {
        var rows = RowInk(ink);
        var mean = rows.Average();
        return rows.Sum(r => (r - mean) * (r - mean));
    }

    private static Mat Rotate(Mat image, double angle, BorderTypes border, Scalar fill)
    {
        using var rotation = Cv2.GetRotationMatrix2D(new Point2f(image.Width / 2f, image.Height / 2f), angle, 1.0);
        var result = new Mat();
        Cv2.WarpAffine(image, result, rotation, image.Size(), InterpolationFlags.Linear, border, fill);
        return result;
    }
}
