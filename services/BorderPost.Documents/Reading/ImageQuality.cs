using BorderPost.Documents.Reading.Imaging;
using OpenCvSharp;

namespace BorderPost.Documents.Reading;

/// <summary>
/// How usable the MRZ band is: sharpness (variance of the Laplacian at the normalised scale), glare (share of
/// saturated pixels in the band) and resolution (pixels per character in the original picture).
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
        using var bright = new Mat();
        Cv2.Threshold(band, bright, 249, 255, ThresholdTypes.Binary);
        var saturated = Cv2.CountNonZero(bright);
        var glare = saturated / (double)Math.Max(1, band.Width * band.Height);
        return new ImageQuality(deviation.Val0 * deviation.Val0, glare, band.Width / MrzBand.LengthMargin / characters);
    }
}
