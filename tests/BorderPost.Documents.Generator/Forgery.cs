namespace BorderPost.Documents.Generator;

/// <summary>
/// An altered document: one character of a field protected by a check digit (document number, birth or expiry
/// date) is replaced by another digit, and the check digits are left as they were — what a forger changing a date
/// of birth or a number by hand produces.
/// </summary>
internal static class Forgery
{
    public static (string[] Lines, string Description) ChangeOneCharacter(DocumentKind kind, string[] mrz, Random random)
    {
        var lines = (string[])mrz.Clone();
        var (line, positions) = kind switch
        {
            DocumentKind.IdCard => random.Next(2) == 0
                ? (1, new[] { 0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13 })
                : (0, new[] { 5, 6, 7, 8, 9, 10, 11, 12, 13 }),
            _ => (1, new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26 }),
        };
        var digitPositions = positions.Where(p => char.IsAsciiDigit(lines[line][p])).ToArray();
        var position = digitPositions[random.Next(digitPositions.Length)];
        var original = lines[line][position];
        char replacement;
        do
        {
            replacement = (char)('0' + random.Next(10));
        }
        while (replacement == original);
        var chars = lines[line].ToCharArray();
        chars[position] = replacement;
        lines[line] = new string(chars);
        return (lines, $"line {line + 1} position {position + 1}: {original} -> {replacement}");
    }

    /// <summary>
    /// A digit of the printed document number copied, pixels and background together, over the last digit of the printed
    /// birth year: the digital copy-move a forger makes on a scan. Null when no digit of the number differs from it.
    /// </summary>
    public static byte[]? CopyDigit(byte[] png, DocumentPainter painter)
    {
        var number = painter.PrintedValue("N° du document");
        var birth = painter.PrintedValue("Date de naissance");
        var target = birth.Length - 1;
        var sources = Enumerable.Range(0, number.Length).Where(i => char.IsAsciiDigit(number[i]) && number[i] != birth[target]).ToList();
        if (sources.Count == 0)
        {
            return null;
        }
        var from = painter.CharacterBox("N° du document", sources[0]);
        var to = painter.CharacterBox("Date de naissance", target);
        using var page = OpenCvSharp.Cv2.ImDecode(png, OpenCvSharp.ImreadModes.Unchanged);
        var width = Math.Min(from.Width, to.Width);
        var height = Math.Min(from.Height, to.Height);
        using var patch = new OpenCvSharp.Mat(page, new OpenCvSharp.Rect(from.X, from.Y, width, height)).Clone();
        using var destination = new OpenCvSharp.Mat(page, new OpenCvSharp.Rect(to.X, to.Y, width, height));
        patch.CopyTo(destination);
        return page.ImEncode(".png");
    }

    /// <summary>
    /// The portrait replaced by another person's, taken from another picture (its own camera noise, scale and JPEG
    /// compression) and pasted over the genuine one on the scan: cut square, or blended into the page over a soft edge.
    /// </summary>
    public static byte[] ReplacePhoto(byte[] png, DocumentPainter painter, Random random, bool blend)
    {
        var area = painter.Photo;
        var (width, height) = ((int)area.Width, (int)area.Height);
        // The other portrait, as a forger would get it: a photograph of someone else, with its own noise and compression.
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        using (var canvas = new SkiaSharp.SKCanvas(bitmap))
        {
            FacePainter.Paint(canvas, new SkiaSharp.SKRect(0, 0, width, height), random);
        }
        using var encoded = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        using var portrait = OpenCvSharp.Cv2.ImDecode(encoded.ToArray(), OpenCvSharp.ImreadModes.Color);
        var shrink = 0.45 + random.NextDouble() * 0.35;
        using (var small = portrait.Resize(new OpenCvSharp.Size(0, 0), shrink, shrink, OpenCvSharp.InterpolationFlags.Area))
        {
            using var noise = new OpenCvSharp.Mat(small.Size(), OpenCvSharp.MatType.CV_16SC3);
            OpenCvSharp.Cv2.Randn(noise, OpenCvSharp.Scalar.All(0), OpenCvSharp.Scalar.All(3 + random.NextDouble() * 6));
            using var wide = new OpenCvSharp.Mat();
            small.ConvertTo(wide, OpenCvSharp.MatType.CV_16SC3);
            OpenCvSharp.Cv2.Add(wide, noise, wide);
            wide.ConvertTo(small, OpenCvSharp.MatType.CV_8UC3);
            using var jpeg = OpenCvSharp.Cv2.ImDecode(small.ImEncode(".jpg", [(int)OpenCvSharp.ImwriteFlags.JpegQuality, random.Next(55, 86)]), OpenCvSharp.ImreadModes.Color);
            OpenCvSharp.Cv2.Resize(jpeg, portrait, new OpenCvSharp.Size(width, height), 0, 0, OpenCvSharp.InterpolationFlags.Cubic);
        }
        using var page = OpenCvSharp.Cv2.ImDecode(png, OpenCvSharp.ImreadModes.Color);
        var box = new OpenCvSharp.Rect((int)area.Left, (int)area.Top, width, height);
        using var target = new OpenCvSharp.Mat(page, box);
        if (!blend)
        {
            portrait.CopyTo(target);
            return page.ImEncode(".png");
        }
        // A soft edge: the pasted portrait fades into the genuine one over a band a twentieth of the photo's width.
        var feather = Math.Max(3, width / 20);
        using var mask = new OpenCvSharp.Mat(height, width, OpenCvSharp.MatType.CV_32FC1, OpenCvSharp.Scalar.All(0));
        mask.Rectangle(new OpenCvSharp.Rect(feather, feather, width - 2 * feather, height - 2 * feather), OpenCvSharp.Scalar.All(1), -1);
        OpenCvSharp.Cv2.GaussianBlur(mask, mask, new OpenCvSharp.Size(0, 0), feather / 2.0);
        using var mask3 = new OpenCvSharp.Mat();
        OpenCvSharp.Cv2.Merge([mask, mask, mask], mask3);
        using var pasted = new OpenCvSharp.Mat();
        using var genuine = new OpenCvSharp.Mat();
        portrait.ConvertTo(pasted, OpenCvSharp.MatType.CV_32FC3);
        target.ConvertTo(genuine, OpenCvSharp.MatType.CV_32FC3);
        using var inverse = new OpenCvSharp.Mat();
        OpenCvSharp.Cv2.Subtract(OpenCvSharp.Scalar.All(1), mask3, inverse);
        using var mixed = pasted.Mul(mask3) + genuine.Mul(inverse);
        using var mixedMat = mixed.ToMat();
        mixedMat.ConvertTo(target, OpenCvSharp.MatType.CV_8UC3);
        return page.ImEncode(".png");
    }

    /// <summary>The portrait taken off the page: its place left the colour of the paper around it.</summary>
    public static byte[] RemovePhoto(byte[] png, DocumentPainter painter)
    {
        var area = painter.Photo;
        using var page = OpenCvSharp.Cv2.ImDecode(png, OpenCvSharp.ImreadModes.Color);
        var box = new OpenCvSharp.Rect((int)area.Left, (int)area.Top, (int)area.Width, (int)area.Height);
        // The paper just right of the portrait, between it and the printed fields.
        using var paper = new OpenCvSharp.Mat(page, new OpenCvSharp.Rect(box.Right + 4, box.Top, 8, box.Height));
        var colour = OpenCvSharp.Cv2.Mean(paper);
        page.Rectangle(box, colour, -1);
        return page.ImEncode(".png");
    }
}
