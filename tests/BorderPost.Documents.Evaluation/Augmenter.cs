using OpenCvSharp;

namespace BorderPost.Documents.Evaluation;

/// <summary>
/// Turns a real picture into what a phone at a border post might make of it: a tilted and perspective view, a smaller
/// picture, blur, uneven light, JPEG. Seeded, so a set of variants is the same on every run. The variants are scored
/// apart from the originals ("augmented" group).
/// </summary>
internal static class Augmenter
{
    public static byte[] Variant(byte[] original, int seed)
    {
        var rng = new Random(seed);
        using var picture = Cv2.ImDecode(original, ImreadModes.Color);
        using var warped = Perspective(picture, rng);
        using var resized = Resize(warped, rng);
        using var lit = Light(resized, rng);
        if (rng.NextDouble() < 0.6)
        {
            var sigma = 0.4 + rng.NextDouble() * 1.1;
            Cv2.GaussianBlur(lit, lit, new Size(0, 0), sigma);
        }
        return lit.ImEncode(".jpg", new ImageEncodingParam(ImwriteFlags.JpegQuality, 45 + rng.Next(45)));
    }

    private static Mat Perspective(Mat picture, Random rng)
    {
        var (w, h) = (picture.Width, picture.Height);
        float Jitter(float size) => (float)((rng.NextDouble() - 0.5) * 0.12 * size);
        Point2f[] from = [new(0, 0), new(w, 0), new(w, h), new(0, h)];
        Point2f[] to = [.. from.Select(p => new Point2f(p.X + Jitter(w), p.Y + Jitter(h)))];
        var angle = (rng.NextDouble() - 0.5) * 16 * Math.PI / 180;
        var (cx, cy) = (w / 2f, h / 2f);
        to = [.. to.Select(p => new Point2f(
            (float)(cx + (p.X - cx) * Math.Cos(angle) - (p.Y - cy) * Math.Sin(angle)),
            (float)(cy + (p.X - cx) * Math.Sin(angle) + (p.Y - cy) * Math.Cos(angle))))];
        using var matrix = Cv2.GetPerspectiveTransform(from, to);
        var background = new Scalar(rng.Next(40, 200), rng.Next(40, 200), rng.Next(40, 200));
        var result = new Mat();
        var margin = (int)(0.15 * Math.Max(w, h));
        using var shift = Mat.Eye(3, 3, MatType.CV_64F).ToMat();
        shift.Set(0, 2, (double)margin);
        shift.Set(1, 2, (double)margin);
        using var moved = shift * matrix;
        Cv2.WarpPerspective(picture, result, moved.ToMat(), new Size(w + 2 * margin, h + 2 * margin), InterpolationFlags.Linear, BorderTypes.Constant, background);
        return result;
    }

    // Phone pictures sent from a post: 700 to 1,600 pixels on the long side.
    private static Mat Resize(Mat picture, Random rng)
    {
        var target = 700 + rng.Next(900);
        var scale = Math.Min(1.0, target / (double)Math.Max(picture.Width, picture.Height));
        var result = new Mat();
        Cv2.Resize(picture, result, new Size(0, 0), scale, scale, InterpolationFlags.Area);
        return result;
    }

    private static Mat Light(Mat picture, Random rng)
    {
        using var floating = new Mat();
        picture.ConvertTo(floating, MatType.CV_32FC3);
        var (w, h) = (picture.Width, picture.Height);
        using var gradient = new Mat(h, w, MatType.CV_32FC1);
        var (gx, gy, lift) = ((rng.NextDouble() - 0.5) * 0.5, (rng.NextDouble() - 0.5) * 0.5, 0.75 + rng.NextDouble() * 0.35);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                gradient.Set(y, x, (float)(lift + gx * x / w + gy * y / h));
            }
        }
        using var gradient3 = new Mat();
        Cv2.Merge([gradient, gradient, gradient], gradient3);
        using var lit = floating.Mul(gradient3).ToMat();
        var result = new Mat();
        lit.ConvertTo(result, MatType.CV_8UC3);
        return result;
    }
}
