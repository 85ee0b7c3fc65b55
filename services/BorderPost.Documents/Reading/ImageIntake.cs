using OpenCvSharp;

namespace BorderPost.Documents.Reading;

/// <summary>Why an upload cannot be checked; each maps to a 4xx problem with a message for the officer.</summary>
public enum ImageRejection
{
    Empty,
    TooLarge,
    NotAnImage,
    UnsupportedType,
    TooManyPixels,
    TooSmall,
    Truncated,
    Undecodable,
}

/// <summary>An upload turned into a grayscale picture, or the reason it cannot be.</summary>
public sealed record IntakeResult(Mat? Gray, ImageHeader? Header, ImageRejection? Rejection);

/// <summary>
/// Checks an upload before any pixel is decoded: size of the file, kind and pixel count from the header, whole file;
/// then decodes it to grayscale. Anything OpenCV cannot decode is rejected, never thrown.
/// </summary>
public static class ImageIntake
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;

    /// <summary>
    /// A picture is at least this many pixels on its short side (a crop of the MRZ alone can be this thin; smaller
    /// pictures are enlarged for reading) and at most 20 times longer than wide.
    /// </summary>
    public const int MinSide = 32;
    public const double MaxAspect = 20;

    public static readonly IReadOnlySet<string> SupportedTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "image/jpeg", "image/png", "image/tiff",
    };

    public static IntakeResult Accept(byte[] data)
    {
        if (data.Length == 0)
        {
            return Rejected(ImageRejection.Empty);
        }
        if (data.Length > MaxBytes)
        {
            return Rejected(ImageRejection.TooLarge);
        }
        var header = ImageHeader.Read(data);
        if (header is null)
        {
            return Rejected(LooksLikeOtherImage(data) ? ImageRejection.UnsupportedType : ImageRejection.NotAnImage);
        }
        if (header.Pixels > MaxPixels)
        {
            return Rejected(ImageRejection.TooManyPixels, header);
        }
        if (Math.Min(header.Width, header.Height) < MinSide
            || Math.Max(header.Width, header.Height) > MaxAspect * Math.Min(header.Width, header.Height))
        {
            return Rejected(ImageRejection.TooSmall, header);
        }
        if (!ImageHeader.IsComplete(data, header.MediaType))
        {
            return Rejected(ImageRejection.Truncated, header);
        }
        Mat gray;
        try
        {
            gray = Cv2.ImDecode(data, ImreadModes.Grayscale);
        }
        catch (OpenCVException)
        {
            return Rejected(ImageRejection.Undecodable, header);
        }
        // A phone photo's EXIF orientation may turn the picture a quarter: its sides swap.
        var sameSize = (gray.Width == header.Width && gray.Height == header.Height)
            || (gray.Width == header.Height && gray.Height == header.Width);
        if (gray.Empty() || !sameSize)
        {
            gray.Dispose();
            return Rejected(ImageRejection.Undecodable, header);
        }
        return new IntakeResult(gray, header, null);
    }

    private static IntakeResult Rejected(ImageRejection reason, ImageHeader? header = null) => new(null, header, reason);

    // GIF, BMP, WebP, HEIC and PDF are recognisable but not accepted: a clearer message than "not an image".
    private static bool LooksLikeOtherImage(ReadOnlySpan<byte> data) =>
        data.StartsWith("GIF8"u8) || data.StartsWith("BM"u8) || data.StartsWith("%PDF"u8)
        || (data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        || (data.Length >= 12 && data[4..8].SequenceEqual("ftyp"u8));
}
