using OpenCvSharp;

namespace BorderPost.Documents.Generator;

/// <summary>What happened to a picture between the painted document and the file, recorded in the labels.</summary>
internal sealed record Degradation(
    string Capture, double RotationDegrees, int QuarterTurns, double Perspective, double BlurSigma, double NoiseSigma,
    double LightDrop, int JpegQuality);

/// <summary>Turns a painted document into a flatbed scan or a phone photo, with controlled degradations.</summary>
internal static class Degrader
{
    public static Degradation Clean(Random random, bool jpegOnly) =>
        new("scan", Uniform(random, -1.5, 1.5), 0, 0, 0, 0, 0, !jpegOnly && random.NextDouble() < 0.5 ? 0 : 95);

    /// <param name="severity">1 for ordinary phone photos; up to 2 for harsher ones (more blur, noise, perspective, shade).</param>
    public static Degradation Photo(Random random, double severity = 1) => new(
        "photo",
        Uniform(random, -15, 15),
        random.NextDouble() < 0.12 ? random.Next(1, 4) : 0,
        Uniform(random, 0, 0.06 * severity),
        Uniform(random, 0, 1.3 * severity),
        Uniform(random, 0, 9 * severity),
        Uniform(random, 0, Math.Min(0.7, 0.45 * severity)),
        random.Next(40, 96));

    public static Degradation Unusable(Random random) =>
        Photo(random) with { BlurSigma = Uniform(random, 7, 10), JpegQuality = 60 };

    /// <summary>Applies the degradation; returns the encoded file (PNG when JpegQuality is 0) and its extension.</summary>
    public static (byte[] Bytes, string Extension) Apply(byte[] documentPng, Degradation d, Random random)
    {
        using var document = Cv2.ImDecode(documentPng, ImreadModes.Color);
        var margin = d.Capture == "scan" ? 0.08 : 0.25;
        var canvasSize = new Size((int)(document.Width * (1 + 2 * margin)), (int)(document.Height * (1 + 2 * margin)));
        using var canvas = Background(canvasSize, d.Capture, random);

        var center = new Point2f(canvasSize.Width / 2f, canvasSize.Height / 2f);
        var corners = Corners(document.Size(), center, d, random);
        Point2f[] source = [new(0, 0), new(document.Width, 0), new(document.Width, document.Height), new(0, document.Height)];
        using var warp = Cv2.GetPerspectiveTransform(source, corners);
        using var mask = new Mat(document.Size(), MatType.CV_8UC1, Scalar.All(255));
        using var warpedDocument = new Mat();
        using var warpedMask = new Mat();
        Cv2.WarpPerspective(document, warpedDocument, warp, canvasSize, InterpolationFlags.Linear);
        Cv2.WarpPerspective(mask, warpedMask, warp, canvasSize, InterpolationFlags.Linear);
        warpedDocument.CopyTo(canvas, warpedMask);

        if (d.LightDrop > 0)
        {
            UnevenLight(canvas, d.LightDrop, random);
        }
        if (d.BlurSigma > 0.05)
        {
            Cv2.GaussianBlur(canvas, canvas, new Size(0, 0), d.BlurSigma);
        }
        if (d.NoiseSigma > 0.5)
        {
            using var noise = new Mat(canvas.Size(), MatType.CV_16SC3);
            Cv2.Randn(noise, Scalar.All(0), Scalar.All(d.NoiseSigma));
            using var wide = new Mat();
            canvas.ConvertTo(wide, MatType.CV_16SC3);
            Cv2.Add(wide, noise, wide);
            wide.ConvertTo(canvas, MatType.CV_8UC3);
        }
        for (var turn = 0; turn < d.QuarterTurns; turn++)
        {
            Cv2.Rotate(canvas, canvas, RotateFlags.Rotate90Clockwise);
        }
        return d.JpegQuality == 0
            ? (canvas.ImEncode(".png"), ".png")
            : (canvas.ImEncode(".jpg", [(int)ImwriteFlags.JpegQuality, d.JpegQuality]), ".jpg");
    }

    private static Point2f[] Corners(Size size, Point2f center, Degradation d, Random random)
    {
        var angle = d.RotationDegrees * Math.PI / 180;
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        (double X, double Y)[] offsets =
            [(-size.Width / 2.0, -size.Height / 2.0), (size.Width / 2.0, -size.Height / 2.0),
             (size.Width / 2.0, size.Height / 2.0), (-size.Width / 2.0, size.Height / 2.0)];
        return [.. offsets.Select(o =>
        {
            var jitterX = Uniform(random, -d.Perspective, d.Perspective) * size.Width;
            var jitterY = Uniform(random, -d.Perspective, d.Perspective) * size.Height;
            var x = o.X + jitterX;
            var y = o.Y + jitterY;
            return new Point2f((float)(center.X + x * cos - y * sin), (float)(center.Y + x * sin + y * cos));
        })];
    }

    private static Mat Background(Size size, string capture, Random random)
    {
        if (capture == "scan")
        {
            return new Mat(size, MatType.CV_8UC3, Scalar.All(250));
        }
        var tone = random.Next(60, 170);
        var background = new Mat(size, MatType.CV_8UC3, new Scalar(tone * 0.8, tone * 0.9, tone));
        using var texture = new Mat(size, MatType.CV_8UC3);
        Cv2.Randn(texture, Scalar.All(0), Scalar.All(12));
        Cv2.GaussianBlur(texture, texture, new Size(0, 0), 3);
        Cv2.Add(background, texture, background);
        return background;
    }

    private static void UnevenLight(Mat image, double drop, Random random)
    {
        // A linear shading across the picture in a random direction, like a lamp or a window on one side.
        var angle = random.NextDouble() * Math.PI * 2;
        var (dx, dy) = (Math.Cos(angle), Math.Sin(angle));
        var (width, height) = (image.Width, image.Height);
        var diagonal = Math.Sqrt((double)width * width + (double)height * height);
        var pixels = new float[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var t = ((x - width / 2.0) * dx + (y - height / 2.0) * dy) / diagonal + 0.5;
                pixels[y * width + x] = (float)(1.05 - drop * t);
            }
        }
        using var gain = Mat.FromPixelData(height, width, MatType.CV_32FC1, pixels);
        using var gain3 = new Mat();
        Cv2.Merge([gain, gain, gain], gain3);
        using var asFloat = new Mat();
        image.ConvertTo(asFloat, MatType.CV_32FC3);
        Cv2.Multiply(asFloat, gain3, asFloat);
        asFloat.ConvertTo(image, MatType.CV_8UC3);
    }

    private static double Uniform(Random random, double min, double max) => min + random.NextDouble() * (max - min);
}
