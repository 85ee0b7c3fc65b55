using OpenCvSharp;

namespace BorderPost.Documents.ViewingChecks;

/// <summary>
/// Draws a check's evidence over its picture: the MRZ read in blue, a region a critical finding rests on in red, a
/// warning's in orange, each labelled with its finding codes; scaled down to at most <see cref="LongestSide"/> pixels
/// for slow links. The console explains the colours in the officer's language.
/// </summary>
public static class EvidencePicture
{
    public const int LongestSide = 1600;

    public static readonly Scalar MrzColour = new(200, 120, 0);
    public static readonly Scalar CriticalColour = new(0, 0, 220);
    public static readonly Scalar WarningColour = new(0, 140, 255);

    /// <summary>The annotated picture as JPEG, or null when the stored bytes cannot be decoded.</summary>
    public static byte[]? Draw(byte[] content, PixelBox? mrz, IReadOnlyList<FindingEvidence> evidence)
    {
        using var picture = Cv2.ImDecode(content, ImreadModes.Color);
        if (picture.Empty())
        {
            return null;
        }
        var scale = Math.Min(1.0, LongestSide / (double)Math.Max(picture.Width, picture.Height));
        using var shown = new Mat();
        Cv2.Resize(picture, shown, new Size(Math.Max(1, (int)(picture.Width * scale)), Math.Max(1, (int)(picture.Height * scale))), 0, 0, InterpolationFlags.Area);
        var thickness = Math.Max(2, shown.Width / 400);
        var fontScale = Math.Max(0.45, shown.Width / 1800.0);
        if (mrz is not null)
        {
            Cv2.Rectangle(shown, Scaled(mrz, scale), MrzColour, thickness);
        }
        foreach (var group in evidence.Where(e => e.Region is not null && e.Severity != MrzSeverity.Info).GroupBy(e => e.Region))
        {
            var box = Scaled(group.Key!, scale);
            var critical = group.Any(e => e.Severity == MrzSeverity.Critical);
            var colour = critical ? CriticalColour : WarningColour;
            Cv2.Rectangle(shown, box, colour, thickness + 1);
            var y = Math.Max((int)(20 * fontScale), box.Y - thickness - 2);
            foreach (var code in group.Select(e => e.Code).Distinct())
            {
                Cv2.PutText(shown, code, new Point(box.X, y), HersheyFonts.HersheySimplex, fontScale, Scalar.White, thickness + 2, LineTypes.AntiAlias);
                Cv2.PutText(shown, code, new Point(box.X, y), HersheyFonts.HersheySimplex, fontScale, colour, Math.Max(1, thickness - 1), LineTypes.AntiAlias);
                y = Math.Max((int)(20 * fontScale), y - (int)(28 * fontScale));
            }
        }
        return shown.ImEncode(".jpg", new ImageEncodingParam(ImwriteFlags.JpegQuality, 85));
    }

    private static Rect Scaled(PixelBox box, double scale) =>
        new((int)(box.X * scale), (int)(box.Y * scale), Math.Max(1, (int)(box.Width * scale)), Math.Max(1, (int)(box.Height * scale)));
}
