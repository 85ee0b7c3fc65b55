using OpenCvSharp;

namespace BorderPost.Documents.Reading.Imaging;

/// <summary>A candidate band cut out of the picture, levelled, normalised and split into text lines.</summary>
internal sealed class PreparedBand : IDisposable
{
    private PreparedBand(Mat normalised, Mat ink, IReadOnlyList<(int Top, int Height)> rows, int characters, ImageQuality quality, int width)
    {
        (Normalised, Ink, Rows, Characters, Quality, Width) = (normalised, ink, rows, characters, quality, width);
    }

    /// <summary>The band at the recogniser's pitch, lighting evened, levelled.</summary>
    public Mat Normalised { get; }

    /// <summary>The normalised band's ink, white on black.</summary>
    public Mat Ink { get; }

    /// <summary>Each text line's rows (top, height), top to bottom.</summary>

    public IReadOnlyList<(int Top, int Height)> Rows { get; }

    /// <summary>Characters per line the band's shape suggests (44 for a long band, 30 for a card's).</summary>
    public int Characters { get; }

    public ImageQuality Quality { get; }

    /// <summary>The band's width in the picture's pixels.</summary>
    public int Width { get; }

    /// <param name="taller">How much taller than usual to cut the band (1: twice the located height).</param>
    public static PreparedBand Cut(Mat gray, RotatedRect region, bool flip, float taller = 1)
    {
        // A located MRZ of two long lines is about 14 times longer than high, a card's three short lines about 7.
        var (length, thickness) = (Math.Max(region.Size.Width, region.Size.Height), Math.Min(region.Size.Width, region.Size.Height));
        var characters = length / Math.Max(1, thickness) > 9.5 ? 44 : 30;
        using var band = MrzBand.Extract(gray, taller == 1 ? region : region with { Size = Taller(region, taller) }, flip);
        using var scaled = MrzBand.Normalise(band, characters);
        var quality = ImageQuality.Measure(band, scaled, characters);
        using var roughInk = Binarise(scaled);
        var normalised = MrzLines.Straighten(scaled, roughInk);
        var ink = Binarise(normalised);
        var rows = MrzLines.Split(ink);
        return new PreparedBand(normalised, ink, rows, characters, quality, band.Width);
    }

    public void Dispose()
    {
        Normalised.Dispose();
        Ink.Dispose();
    }

    private static Size2f Taller(RotatedRect region, float factor) => region.Size.Width >= region.Size.Height
        ? new Size2f(region.Size.Width, region.Size.Height * factor)
        : new Size2f(region.Size.Width * factor, region.Size.Height);

    // Ink white on black, by Otsu's threshold.
    private static Mat Binarise(Mat gray)
    {
        var ink = new Mat();
        Cv2.Threshold(gray, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
        return ink;
    }
}
