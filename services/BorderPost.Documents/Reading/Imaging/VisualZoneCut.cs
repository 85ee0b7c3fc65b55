using OpenCvSharp;

namespace BorderPost.Documents.Reading.Imaging;

/// <summary>
/// Cuts the visual zone — the printed fields and photo above the MRZ — out of the picture, level with the MRZ and the
/// right way up, scaled so that the MRZ's length is <see cref="Width"/> pixels.
/// </summary>
public static class VisualZoneCut
{
    /// <summary>The cut's width: an MRZ line of 44 characters at about 30 px each, the size Tesseract reads print at.</summary>
    public const int Width = 1400;

    /// <summary>
    /// How far above the MRZ the cut reaches, as a share of the MRZ's length: a passport page is 0.79 of its width high
    /// and the MRZ takes the bottom fifth; a card's fields sit within half its MRZ's length.
    /// </summary>
    public const double HeightRatio = 0.66;

    /// <returns>The cut (owned by the caller) and the transform from the cut's pixels back to the picture's.</returns>
    public static (Mat Cut, Mat ToPicture) Above(Mat gray, RotatedRect mrz, bool flip)
    {
        var (length, thickness, angle) = MrzBand.LongSide(mrz.Points());
        var scale = Width / Math.Max(1.0, length * MrzBand.LengthMargin);
        var height = (int)(Width * HeightRatio);
        using var rotation = Cv2.GetRotationMatrix2D(mrz.Center, angle, scale);
        // The MRZ's centre goes just below the cut (upright) or just above it (upside down, turned afterwards).
        var centreY = flip ? -(thickness * scale / 2) : height + thickness * scale / 2;
        rotation.Set(0, 2, rotation.At<double>(0, 2) + Width / 2.0 - mrz.Center.X);
        rotation.Set(1, 2, rotation.At<double>(1, 2) + centreY - mrz.Center.Y);
        var cut = new Mat();
        Cv2.WarpAffine(gray, cut, rotation, new Size(Width, height), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.White);
        using var full = new Mat(3, 3, MatType.CV_64FC1, Scalar.All(0));
        for (var r = 0; r < 2; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                full.Set(r, c, rotation.At<double>(r, c));
            }
        }
        full.Set(2, 2, 1.0);
        if (flip)
        {
            Cv2.Rotate(cut, cut, RotateFlags.Rotate180);
            // Turning the cut half a turn: (x, y) → (W−1−x, H−1−y), applied after the warp.
            using var turn = new Mat(3, 3, MatType.CV_64FC1, Scalar.All(0));
            turn.Set(0, 0, -1.0);
            turn.Set(0, 2, Width - 1.0);
            turn.Set(1, 1, -1.0);
            turn.Set(1, 2, height - 1.0);
            turn.Set(2, 2, 1.0);
            using var both = turn * full;
            using var combined = both.ToMat();
            return (cut, combined.Inv());
        }
        return (cut, full.Inv());
    }

    /// <summary>A box in the cut, as the axis-aligned box around it in the picture.</summary>
    public static PixelBox ToPicture(Rect box, Mat toPicture, int pictureWidth, int pictureHeight)
    {
        var corners = new[] { new Point2d(box.Left, box.Top), new Point2d(box.Right, box.Top), new Point2d(box.Right, box.Bottom), new Point2d(box.Left, box.Bottom) }
            .Select(p => new Point2d(
                toPicture.At<double>(0, 0) * p.X + toPicture.At<double>(0, 1) * p.Y + toPicture.At<double>(0, 2),
                toPicture.At<double>(1, 0) * p.X + toPicture.At<double>(1, 1) * p.Y + toPicture.At<double>(1, 2)))
            .ToList();
        var left = Math.Clamp((int)corners.Min(p => p.X), 0, pictureWidth - 1);
        var top = Math.Clamp((int)corners.Min(p => p.Y), 0, pictureHeight - 1);
        var right = Math.Clamp((int)Math.Ceiling(corners.Max(p => p.X)), left + 1, pictureWidth);
        var bottom = Math.Clamp((int)Math.Ceiling(corners.Max(p => p.Y)), top + 1, pictureHeight);
        return new PixelBox(left, top, right - left, bottom - top);
    }
}
