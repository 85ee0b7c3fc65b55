using BorderPost.Documents.Reading.Imaging;
using OpenCvSharp;

namespace BorderPost.Documents.Reading;

/// <summary>
/// How usable the MRZ band is: sharpness (variance of the Laplacian at the normalised scale), glare (share of the
/// text's width washed out: saturated and without ink, between the first and last inked character) and resolution
/// (pixels per character in the original picture). White paper on a clean scan is saturated too, but keeps its ink:
/// it is not glare.
/// </summary>
public sealed record ImageQuality(double Sharpness, double Glare, double PixelsPerCharacter)
{
    public const double MinimumSharpness = 120;
    public const double MaximumGlare = 0.08;
    public const double MinimumPixelsPerCharacter = 9;

    public bool Blurry => Sharpness < MinimumSharpness;
    public bool Glaring => Glare > MaximumGlare;
    public bool TooSmall => PixelsPerCharacter < MinimumPixelsPerCharacter;
    public bool Poor => Blurry || Glaring || TooSmall;

    /// <param name="band">The band as cut from the picture, before normalisation.</param>
    /// <param name="normalised">The band scaled to the OCR pitch, lighting evened.</param>
    /// <param name="characters">Characters per MRZ line.</param>
    public static ImageQuality Measure(Mat band, Mat normalised, int characters)
    {
        using var laplacian = new Mat();
        Cv2.Laplacian(normalised, laplacian, MatType.CV_64F);
        Cv2.MeanStdDev(laplacian, out _, out var deviation);
        var pitch = band.Width / MrzBand.LengthMargin / characters;
        return new ImageQuality(deviation.Val0 * deviation.Val0, WashedOut(band, pitch), pitch);
    }

    // Strips one character wide across the band: inked where the darkest pixels are dark, washed out where nothing is
    // dark and the brightest are saturated. The share of washed-out strips between the first and last inked one.
    private static double WashedOut(Mat band, double pitch)
    {
        var width = Math.Max(2, (int)pitch);
        var (bandWidth, bandHeight) = (band.Width, band.Height);
        var strips = new List<(bool Inked, bool Washed)>();
        for (var x = 0; x + width <= bandWidth; x += width)
        {
            using var strip = new Mat(band, new Rect(x, 0, width, bandHeight));
            Cv2.MinMaxLoc(strip, out double darkest, out double brightest);
            strips.Add((darkest < 150, darkest >= 150 && brightest >= 250));
        }
        var first = strips.FindIndex(s => s.Inked);
        var last = strips.FindLastIndex(s => s.Inked);
        if (first < 0 || last <= first)
        {
            return strips.Count > 0 && strips.All(s => s.Washed) ? 1 : 0;
        }
        var inside = strips.Skip(first).Take(last - first + 1).ToList();
        return inside.Count(s => s.Washed) / (double)inside.Count;
    }
}
