using BorderPost.Documents.Reading.Imaging;
using OpenCvSharp;

namespace BorderPost.Documents.Reading.Photo;

/// <summary>
/// Looks for a face where the layout puts the portrait — left of the printed fields, above the MRZ, on passports, visas
/// and TD2 cards (a TD1 card carries its photo on the side without the MRZ): <c>photo.face_missing</c> (a warning: an
/// officer looks at the document) when the portrait's place is in the picture and no face is there. Whether a portrait
/// was replaced is not judged: the measures tried are in docs/decisions/0007.
/// </summary>
public sealed class PhotoCheck(FaceDetector faces)
{
    public const string FaceMissing = "photo.face_missing";

    /// <summary>The share of the zone's width, from the left, where the layout puts the portrait.</summary>
    private const double PortraitZoneWidth = 0.45;

    /// <summary>The smallest face, as a share of the visual zone's height (a passport's face is about a quarter).</summary>
    private const double SmallestFace = 0.12;

    public static bool Applies(MrzFormat format) => format is not MrzFormat.Td1;

    public (IReadOnlyList<MrzFinding> Findings, IReadOnlyList<FindingEvidence> Evidence) Check(Mat gray, RotatedRect mrz, bool flip)
    {
        var (cut, toPicture) = VisualZoneCut.Above(gray, mrz, flip);
        using (cut)
        using (toPicture)
        {
            var zone = new Rect(0, 0, (int)(cut.Width * PortraitZoneWidth), cut.Height);
            if (!Inside(zone, toPicture, gray))
            {
                // The portrait's place is not in the picture: nothing can be said about it.
                return ([], []);
            }
            if (FindFace(cut, zone) is not null)
            {
                return ([], []);
            }
            return (
                [new MrzFinding(FaceMissing, MrzSeverity.Warning)],
                [new FindingEvidence(FaceMissing, MrzSeverity.Warning, VisualZoneCut.ToPicture(zone, toPicture, gray.Width, gray.Height))]);
        }
    }

    // Faces are looked for at half size (a passport's face is still 100 px or more): the detector is then 4× faster.
    private Rect? FindFace(Mat cut, Rect zone)
    {
        using var part = new Mat(cut, zone);
        using var half = part.Resize(new Size(zone.Width / 2, zone.Height / 2), 0, 0, InterpolationFlags.Area);
        var found = faces.Find(half, (int)(half.Height * SmallestFace));
        return found.Count == 0 ? null : new Rect(zone.X + found[0].X * 2, zone.Y + found[0].Y * 2, found[0].Width * 2, found[0].Height * 2);
    }

    // True when the middle of the zone, where the face is, falls in the picture (a close-up of the MRZ alone shows no
    // portrait; a page cropped at its edges still does).
    private static bool Inside(Rect zone, Mat toPicture, Mat picture)
    {
        var (left, right) = (zone.Left + zone.Width * 0.15, zone.Right - zone.Width * 0.15);
        var (top, bottom) = (zone.Top + zone.Height * 0.2, zone.Bottom - zone.Height * 0.05);
        var corners = new[] { new Point2d(left, top), new Point2d(right, top), new Point2d(left, bottom), new Point2d(right, bottom) };
        return corners.All(p =>
        {
            var x = toPicture.At<double>(0, 0) * p.X + toPicture.At<double>(0, 1) * p.Y + toPicture.At<double>(0, 2);
            var y = toPicture.At<double>(1, 0) * p.X + toPicture.At<double>(1, 1) * p.Y + toPicture.At<double>(1, 2);
            return x >= 0 && y >= 0 && x <= picture.Width && y <= picture.Height;
        });
    }
}
