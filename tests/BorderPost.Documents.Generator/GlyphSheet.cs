using SkiaSharp;

namespace BorderPost.Documents.Generator;

/// <summary>
/// Draws the 37 MRZ characters in OCR-B, one per cell of the ICAO pitch, from the top of the capitals to the baseline
/// with a margin of 8% of that height above and below:
/// the reference glyphs the Documents service compares ambiguous cells with
/// (services/BorderPost.Documents/Reading/Glyphs/ocr-b.png). Run with <c>--glyphs &lt;file&gt;</c> to redraw it.
/// </summary>
internal static class GlyphSheet
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private const int Pitch = 32;

    public static void Write(string ocrBFont, string path)
    {
        using var typeface = SKTypeface.FromFile(ocrBFont) ?? throw new FileNotFoundException("OCR-B font not found", ocrBFont);
        using var font = new SKFont(typeface, 100f);
        font.Size = 100f * Pitch / font.MeasureText("<");
        font.MeasureText("H", out var capital);
        // A margin of 8% of the capitals' height above and below, as the service's cells have.
        var margin = (int)Math.Ceiling(capital.Height * 0.08);
        var height = (int)Math.Ceiling(capital.Height) + 2 * margin;
        using var surface = SKSurface.Create(new SKImageInfo(Pitch * Alphabet.Length, height, SKColorType.Gray8, SKAlphaType.Opaque));
        surface.Canvas.Clear(SKColors.White);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        for (var i = 0; i < Alphabet.Length; i++)
        {
            surface.Canvas.DrawText(Alphabet[i].ToString(), i * Pitch, height - margin, SKTextAlign.Left, font, ink);
        }
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, png.ToArray());
    }
}
