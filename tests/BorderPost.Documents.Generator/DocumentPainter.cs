using System.Globalization;
using SkiaSharp;

namespace BorderPost.Documents.Generator;

/// <summary>
/// Draws a document at 300 dpi: background pattern, header, a photo area, visual-zone fields and the MRZ in OCR-B
/// at the ICAO pitch of 10 characters per inch.
/// </summary>
internal sealed class DocumentPainter : IDisposable
{
    private const float Dpi = 300f;
    private readonly SKTypeface _ocrB;
    private readonly SKTypeface _sans;
    private readonly SKTypeface _sansBold;
    private readonly Dictionary<string, (string Value, float Left, float Baseline, float Size)> _values = new(StringComparer.Ordinal);

    public DocumentPainter(string ocrBFont, string sansFont, string sansBoldFont)
    {
        _ocrB = SKTypeface.FromFile(ocrBFont) ?? throw new FileNotFoundException("OCR-B font not found", ocrBFont);
        _sans = SKTypeface.FromFile(sansFont) ?? throw new FileNotFoundException("Sans font not found", sansFont);
        _sansBold = SKTypeface.FromFile(sansBoldFont) ?? _sans;
    }

    public byte[] PaintPng(DocumentKind kind, Identity person, string[] mrz, Random random)
    {
        var (widthMm, heightMm) = kind switch
        {
            DocumentKind.IdCard => (85.6f, 54f),
            DocumentKind.SmallVisa => (105f, 74f),
            _ => (125f, 88f),
        };
        var width = Px(widthMm);
        var height = Px(heightMm);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        PaintBackground(canvas, width, height, random);
        var mrzTop = PaintMrz(canvas, mrz, width, height);
        PaintHeader(canvas, kind, person, width);
        var photo = new SKRect(Px(5), Px(kind == DocumentKind.IdCard ? 9 : 14), Px(kind == DocumentKind.IdCard ? 24 : 40), mrzTop - Px(3));
        FacePainter.Paint(canvas, photo, random);
        Photo = photo;
        PaintFields(canvas, kind, person, photo.Right + Px(5), photo.Top, mrzTop - Px(2));
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static int Px(float mm) => (int)MathF.Round(mm / 25.4f * Dpi);

    private static void PaintBackground(SKCanvas canvas, int width, int height, Random random)
    {
        var hue = (float)random.NextDouble() * 360f;
        canvas.Clear(SKColor.FromHsl(hue, 35, 92));
        using var pen = new SKPaint { Color = SKColor.FromHsl(hue, 45, 78), StrokeWidth = 2, IsAntialias = true, Style = SKPaintStyle.Stroke };
        var phase = random.NextDouble() * Math.PI;
        for (var k = 0; k < 14; k++)
        {
            using var path = new SKPath();
            for (var x = 0; x <= width; x += 8)
            {
                var y = height * (k + 0.5f) / 14f + 18f * (float)Math.Sin(x / 55.0 + phase + k);
                if (x == 0)
                {
                    path.MoveTo(x, y);
                }
                else
                {
                    path.LineTo(x, y);
                }
            }
            canvas.DrawPath(path, pen);
        }
    }

    private float PaintMrz(SKCanvas canvas, string[] lines, int width, int height)
    {
        var pitch = Dpi / 10f;
        using var font = new SKFont(_ocrB, 100f);
        var advance = font.MeasureText("<");
        font.Size = 100f * pitch / advance;
        using var ink = new SKPaint { Color = new SKColor(20, 20, 25), IsAntialias = true };
        var lineHeight = Px(4.2f);
        var bottom = height - Px(4.5f);
        var left = (width - pitch * lines[0].Length) / 2f;
        for (var i = 0; i < lines.Length; i++)
        {
            var baseline = bottom - (lines.Length - 1 - i) * lineHeight;
            for (var c = 0; c < lines[i].Length; c++)
            {
                canvas.DrawText(lines[i][c].ToString(), left + c * pitch, baseline, SKTextAlign.Left, font, ink);
            }
        }
        return bottom - (lines.Length - 1) * lineHeight - Px(4f);
    }

    private void PaintHeader(SKCanvas canvas, DocumentKind kind, Identity person, int width)
    {
        var (state, title) = person.IssuingCountry switch
        {
            "HTI" => ("RÉPUBLIQUE D'HAÏTI", kind switch { DocumentKind.Passport => "PASSEPORT / PASSPORT", DocumentKind.IdCard => "CARTE D'IDENTIFICATION NATIONALE", _ => "VISA" }),
            "DOM" => ("REPÚBLICA DOMINICANA", kind switch { DocumentKind.Passport => "PASAPORTE / PASSPORT", DocumentKind.IdCard => "CÉDULA DE IDENTIDAD", _ => "VISADO / VISA" }),
            _ => (person.IssuingCountry, kind switch { DocumentKind.Passport => "PASSPORT", DocumentKind.IdCard => "IDENTITY CARD", _ => "VISA" }),
        };
        using var font = new SKFont(_sansBold, Px(kind == DocumentKind.IdCard ? 3f : 3.6f));
        using var paint = new SKPaint { Color = new SKColor(40, 40, 90), IsAntialias = true };
        canvas.DrawText(state, width / 2f, Px(kind == DocumentKind.IdCard ? 4.5f : 6f), SKTextAlign.Center, font, paint);
        font.Size = Px(kind == DocumentKind.IdCard ? 2.4f : 2.8f);
        canvas.DrawText(title, width / 2f, Px(kind == DocumentKind.IdCard ? 7.5f : 10.5f), SKTextAlign.Center, font, paint);
    }

    private void PaintFields(SKCanvas canvas, DocumentKind kind, Identity person, float left, float top, float bottom)
    {
        var culture = CultureInfo.InvariantCulture;
        (string Label, string Value)[] fields =
        [
            ("Nom / Surname", person.Surname),
            ("Prénoms / Given names", person.GivenNames),
            ("Nationalité / Nationality", person.Nationality),
            ("Date de naissance / Date of birth", person.BirthDate.ToString("dd MMM yyyy", culture).ToUpperInvariant()),
            ("Sexe / Sex", person.Sex == '<' ? "X" : person.Sex.ToString()),
            ("Date d'expiration / Date of expiry", person.ExpiryDate.ToString("dd MMM yyyy", culture).ToUpperInvariant()),
            ("N° du document / Document No.", person.DocumentNumber),
        ];
        var step = (bottom - top) / fields.Length;
        var scale = kind == DocumentKind.IdCard ? 0.75f : 1f;
        using var labelFont = new SKFont(_sans, Math.Min(Px(1.9f * scale), step * 0.35f));
        using var valueFont = new SKFont(_sansBold, Math.Min(Px(2.8f * scale), step * 0.5f));
        using var labelInk = new SKPaint { Color = new SKColor(90, 90, 110), IsAntialias = true };
        using var valueInk = new SKPaint { Color = new SKColor(15, 15, 20), IsAntialias = true };
        for (var i = 0; i < fields.Length; i++)
        {
            var y = top + i * step;
            canvas.DrawText(fields[i].Label, left, y + labelFont.Size, SKTextAlign.Left, labelFont, labelInk);
            canvas.DrawText(fields[i].Value, left, y + labelFont.Size + valueFont.Size * 1.05f, SKTextAlign.Left, valueFont, valueInk);
            _values[fields[i].Label] = (fields[i].Value, left, y + labelFont.Size + valueFont.Size * 1.05f, valueFont.Size);
        }
    }

    /// <summary>
    /// The box of one character of a printed value in the last document painted (the field named by the start of its
    /// label, e.g. "Date de naissance"), for forgeries that copy characters.
    /// </summary>
    public (int X, int Y, int Width, int Height) CharacterBox(string labelStart, int index)
    {
        var (value, left, baseline, size) = _values.First(v => v.Key.StartsWith(labelStart, StringComparison.Ordinal)).Value;
        using var font = new SKFont(_sansBold, size);
        var x0 = left + font.MeasureText(value[..index]);
        var x1 = left + font.MeasureText(value[..(index + 1)]);
        var top = baseline - size * 0.8f;
        return ((int)MathF.Floor(x0) - 1, (int)MathF.Floor(top) - 2, (int)MathF.Ceiling(x1 - x0) + 2, (int)MathF.Ceiling(size * 0.8f) + 5);
    }

    /// <summary>Where the portrait of the last document painted is, in its pixels.</summary>
    public SKRect Photo { get; private set; }

    /// <summary>The printed value of a field of the last document painted.</summary>
    public string PrintedValue(string labelStart) => _values.First(v => v.Key.StartsWith(labelStart, StringComparison.Ordinal)).Value.Value;

    public void Dispose()
    {
        _ocrB.Dispose();
        _sans.Dispose();
        _sansBold.Dispose();
    }
}
