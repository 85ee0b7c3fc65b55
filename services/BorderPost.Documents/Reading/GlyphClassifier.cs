using OpenCvSharp;

namespace BorderPost.Documents.Reading;

/// <summary>
/// Compares a character cell with the 37 OCR-B reference glyphs (ICAO 9303 prints the MRZ in OCR-B) by normalised
/// correlation. The general-purpose Tesseract model confuses OCR-B's filler with K, E or S and mixes up O/0 or I/1; where
/// the picture clearly matches another glyph than the one Tesseract read, the cell takes that glyph.
/// </summary>
internal sealed class GlyphClassifier
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private const int SheetPitch = 32;
    private const int PatchWidth = 16;
    private const int PatchHeight = 24;

    private static readonly Lazy<GlyphClassifier> Instance = new(Load);
    private readonly float[][] _glyphs;

    private GlyphClassifier(float[][] glyphs) => _glyphs = glyphs;

    public static GlyphClassifier Shared => Instance.Value;

    /// <summary>Correlation (-1…1) of the patch with each glyph of <see cref="Alphabet"/>.</summary>
    public double[] Scores(float[] patch) => [.. _glyphs.Select(glyph => Dot(glyph, patch))];

    /// <summary>
    /// The cell around <paramref name="center"/> from the capitals' top to the baseline (plus a margin), centred on its ink,
    /// scaled to the patch size, zero mean and unit length; null when there is no ink or the cell leaves the image.
    /// </summary>
    public static float[]? Patch(Mat gray, Mat ink, double center, int top, int bottom, double pitch)
    {
        // The reference glyphs have 8% of the capitals' height above and below: so does the cell.
        var margin = (int)Math.Round((bottom - top) * 0.08);
        (top, bottom) = (top - margin, bottom + margin);
        var window = new Rect((int)Math.Round(center - pitch / 2), top, (int)Math.Round(pitch), bottom - top);
        if (window.X < 0 || window.Y < 0 || window.Right > gray.Width || window.Bottom > gray.Height || window.Width < 6 || window.Height < 6)
        {
            return null;
        }
        var middle = InkMiddle(ink, window);
        if (middle is null)
        {
            return null;
        }
        var cell = new Rect((int)Math.Round(middle.Value - pitch / 2), top, (int)Math.Round(pitch), bottom - top)
            .Intersect(new Rect(0, 0, gray.Width, gray.Height));
        return cell.Width < 6 ? null : Vector(gray, cell);
    }

    private static GlyphClassifier Load()
    {
        using var stream = typeof(GlyphClassifier).Assembly.GetManifestResourceStream("BorderPost.Documents.Glyphs.ocr-b.png")
            ?? throw new InvalidOperationException("The OCR-B glyph sheet is missing from the assembly");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        using var sheet = Cv2.ImDecode(buffer.ToArray(), ImreadModes.Grayscale);
        using var ink = new Mat();
        Cv2.Threshold(sheet, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
        var glyphs = new float[Alphabet.Length][];
        for (var i = 0; i < Alphabet.Length; i++)
        {
            var slot = new Rect(i * SheetPitch, 0, SheetPitch, sheet.Height);
            var middle = InkMiddle(ink, slot) ?? slot.X + SheetPitch / 2.0;
            var cell = new Rect((int)Math.Round(middle - SheetPitch / 2.0), 0, SheetPitch, sheet.Height)
                .Intersect(new Rect(0, 0, sheet.Width, sheet.Height));
            glyphs[i] = Vector(sheet, cell) ?? new float[PatchWidth * PatchHeight];
        }
        return new GlyphClassifier(glyphs);
    }

    private static double? InkMiddle(Mat ink, Rect window)
    {
        using var region = new Mat(ink, window);
        using var columns = new Mat();
        Cv2.Reduce(region, columns, ReduceDimension.Row, ReduceTypes.Max, -1);
        int? first = null, last = null;
        var width = columns.Width;
        for (var x = 0; x < width; x++)
        {
            if (columns.At<byte>(0, x) > 0)
            {
                first ??= x;
                last = x;
            }
        }
        return first is null ? null : window.X + (first.Value + last!.Value + 1) / 2.0;
    }

    private static float[]? Vector(Mat gray, Rect cell)
    {
        using var region = new Mat(gray, cell);
        using var small = new Mat();
        Cv2.Resize(region, small, new Size(PatchWidth, PatchHeight), 0, 0, InterpolationFlags.Area);
        var values = new float[PatchWidth * PatchHeight];
        for (var y = 0; y < PatchHeight; y++)
        {
            for (var x = 0; x < PatchWidth; x++)
            {
                values[y * PatchWidth + x] = 255 - small.At<byte>(y, x);
            }
        }
        var mean = values.Average();
        var norm = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)));
        return norm < 1e-6 ? null : [.. values.Select(v => (float)((v - mean) / norm))];
    }

    private static double Dot(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
