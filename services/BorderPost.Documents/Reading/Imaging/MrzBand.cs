using OpenCvSharp;

namespace BorderPost.Documents.Reading.Imaging;

/// <summary>Cuts the MRZ band out of the picture, level and normalised for OCR.</summary>
public static class MrzBand
{
    /// <summary>Character pitch the band is scaled to, in pixels (Tesseract reads OCR-B best at roughly this size).</summary>
    public const double TargetPitch = 26;

    /// <summary>The band is cut this much longer than the located text, so no character at either end is lost.</summary>
    public const float LengthMargin = 1.12f;

    /// <summary>
    /// The band as an upright 8-bit image with even lighting, its long side horizontal. <paramref name="flip"/> turns it
    /// half a turn (a document photographed upside down).
    /// </summary>
    public static Mat Extract(Mat gray, RotatedRect region, bool flip)
    {
        var corners = region.Points();
        var (length, thickness, angle) = LongSide(corners);
        length *= LengthMargin;
        // Twice the located height: room for an MRZ line the locator left out.
        thickness = thickness * 2f + 6;

        using var rotation = Cv2.GetRotationMatrix2D(region.Center, angle, 1.0);
        rotation.Set(0, 2, rotation.At<double>(0, 2) + length / 2 - region.Center.X);
        rotation.Set(1, 2, rotation.At<double>(1, 2) + thickness / 2 - region.Center.Y);
        var band = new Mat();
        Cv2.WarpAffine(gray, band, rotation, new Size((int)length, (int)thickness), InterpolationFlags.Linear, BorderTypes.Replicate);
        if (flip)
        {
            Cv2.Rotate(band, band, RotateFlags.Rotate180);
        }
        return band;
    }

    /// <summary>Scales the band to the target pitch for a line of <paramref name="characters"/> and evens the lighting.</summary>
    public static Mat Normalise(Mat band, int characters)
    {
        var scale = TargetPitch * characters / band.Width;
        var result = new Mat();
        Cv2.Resize(band, result, new Size(0, 0), scale, scale, scale < 1 ? InterpolationFlags.Area : InterpolationFlags.Cubic);
        using var background = new Mat();
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(21, 21));
        Cv2.MorphologyEx(result, background, MorphTypes.Close, kernel);
        Cv2.Divide(result, background, result, 255);
        Cv2.Normalize(result, result, 0, 255, NormTypes.MinMax);
        return result;
    }

    /// <summary>The long side's length, the short side's length, and the angle (degrees) that makes the long side level.</summary>
    internal static (float Length, float Thickness, double Angle) LongSide(Point2f[] corners)
    {
        var a = corners[1] - corners[0];
        var b = corners[2] - corners[1];
        var (along, across) = a.X * a.X + a.Y * a.Y >= b.X * b.X + b.Y * b.Y ? (a, b) : (b, a);
        var angle = Math.Atan2(along.Y, along.X) * 180 / Math.PI;
        if (angle > 90)
        {
            angle -= 180;
        }
        else if (angle <= -90)
        {
            angle += 180;
        }
        return ((float)Math.Sqrt(along.X * along.X + along.Y * along.Y), (float)Math.Sqrt(across.X * across.X + across.Y * across.Y), angle);
    }
}
