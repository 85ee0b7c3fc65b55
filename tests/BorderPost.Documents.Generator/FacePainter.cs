using SkiaSharp;

namespace BorderPost.Documents.Generator;

/// <summary>
/// Draws a passport-style portrait (head and shoulders, facing the camera, on a plain backdrop) from shapes and
/// gradients: no photograph of a real person is used, and each call draws a different face.
/// </summary>
internal static class FacePainter
{
    public static void Paint(SKCanvas canvas, SKRect area, Random random)
    {
        canvas.Save();
        canvas.ClipRect(area);
        var shade = (byte)random.Next(170, 235);
        using (var backdrop = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(
                new SKPoint(area.Left, area.Top), new SKPoint(area.Left, area.Bottom),
                [new SKColor(shade, shade, (byte)Math.Min(255, shade + 15)), new SKColor((byte)(shade - 25), (byte)(shade - 25), (byte)(shade - 15))],
                SKShaderTileMode.Clamp),
        })
        {
            canvas.DrawRect(area, backdrop);
        }

        var skinTone = random.Next(70, 215);
        var skin = new SKColor((byte)skinTone, (byte)(skinTone * 0.78), (byte)(skinTone * 0.62));
        var darkSkin = Darker(skin, 0.62f);
        var hair = Darker(new SKColor((byte)random.Next(20, 110), (byte)random.Next(15, 70), (byte)random.Next(10, 50)), 1f);
        var cx = area.MidX + area.Width * Uniform(random, -0.03f, 0.03f);
        var headWidth = area.Width * Uniform(random, 0.25f, 0.31f);
        var headHeight = headWidth * Uniform(random, 1.25f, 1.4f);
        var cy = area.Top + area.Height * Uniform(random, 0.40f, 0.45f);

        using var fill = new SKPaint { IsAntialias = true };
        // Shoulders and clothing.
        fill.Color = new SKColor((byte)random.Next(10, 120), (byte)random.Next(10, 120), (byte)random.Next(10, 140));
        canvas.DrawOval(cx, area.Bottom + area.Height * 0.05f, area.Width * 0.52f, area.Height * 0.28f, fill);
        // Neck.
        fill.Color = darkSkin;
        canvas.DrawRect(cx - headWidth * 0.42f, cy + headHeight * 0.6f, headWidth * 0.84f, headHeight * 0.7f, fill);
        // Hair behind the head.
        fill.Color = hair;
        canvas.DrawOval(cx, cy - headHeight * 0.12f, headWidth * 1.12f, headHeight * 0.98f, fill);
        // The head, lit from the front: lighter in the middle, darker at the edges.
        using (var head = new SKPaint
        {
            IsAntialias = true,
            Shader = SKShader.CreateRadialGradient(new SKPoint(cx, cy - headHeight * 0.1f), headHeight * 1.05f, [Lighter(skin, 1.15f), skin, darkSkin], [0f, 0.55f, 1f], SKShaderTileMode.Clamp),
        })
        {
            canvas.DrawOval(cx, cy, headWidth, headHeight, head);
        }
        // Hairline.
        fill.Color = hair;
        canvas.DrawOval(cx, cy - headHeight * 0.78f, headWidth * 0.95f, headHeight * 0.32f, fill);

        var eyeY = cy - headHeight * Uniform(random, 0.05f, 0.12f);
        var eyeGap = headWidth * Uniform(random, 0.38f, 0.46f);
        var eyeWidth = headWidth * Uniform(random, 0.18f, 0.23f);
        using var soft = new SKPaint { IsAntialias = true, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, eyeWidth * 0.35f) };
        foreach (var side in (float[])[-1f, 1f])
        {
            var ex = cx + side * eyeGap;
            // The eye sits in the shadow of the brow: a soft dark socket, the brow above, a small white and a dark iris.
            soft.Color = Darker(skin, 0.55f);
            canvas.DrawOval(ex, eyeY - eyeWidth * 0.1f, eyeWidth * 1.35f, eyeWidth * 0.8f, soft);
            using var brow = new SKPaint { IsAntialias = true, Color = hair, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(2f, eyeWidth * 0.32f), StrokeCap = SKStrokeCap.Round };
            canvas.DrawLine(ex - eyeWidth * 1.1f, eyeY - eyeWidth * 0.8f, ex + eyeWidth * 1.1f, eyeY - eyeWidth * (0.8f + side * 0.05f), brow);
            fill.Color = Lighter(Darker(skin, 0.9f), 1.35f);
            canvas.DrawOval(ex, eyeY, eyeWidth * 0.8f, eyeWidth * 0.32f, fill);
            fill.Color = new SKColor((byte)random.Next(15, 60), (byte)random.Next(10, 45), (byte)random.Next(5, 30));
            canvas.DrawCircle(ex, eyeY, eyeWidth * 0.34f, fill);
        }
        // Nose: a lit bridge between the eyes, shadows down its sides, the nostrils.
        soft.Color = Lighter(skin, 1.2f);
        canvas.DrawOval(cx, cy, headWidth * 0.12f, headHeight * 0.3f, soft);
        soft.Color = Darker(skin, 0.75f);
        canvas.DrawOval(cx - headWidth * 0.16f, cy + headHeight * 0.2f, headWidth * 0.06f, headHeight * 0.14f, soft);
        canvas.DrawOval(cx + headWidth * 0.16f, cy + headHeight * 0.2f, headWidth * 0.06f, headHeight * 0.14f, soft);
        fill.Color = Darker(skin, 0.5f);
        canvas.DrawOval(cx - headWidth * 0.11f, cy + headHeight * 0.34f, headWidth * 0.06f, headHeight * 0.035f, fill);
        canvas.DrawOval(cx + headWidth * 0.11f, cy + headHeight * 0.34f, headWidth * 0.06f, headHeight * 0.035f, fill);
        // Mouth.
        soft.Color = new SKColor((byte)(skinTone * 0.6 + 20), (byte)(skinTone * 0.3), (byte)(skinTone * 0.3));
        canvas.DrawOval(cx, cy + headHeight * Uniform(random, 0.52f, 0.58f), headWidth * Uniform(random, 0.3f, 0.42f), headHeight * 0.055f, soft);
        canvas.Restore();
    }

    private static SKColor Darker(SKColor c, float f) => new((byte)(c.Red * f), (byte)(c.Green * f), (byte)(c.Blue * f));

    private static SKColor Lighter(SKColor c, float f) =>
        new((byte)Math.Min(255, c.Red * f), (byte)Math.Min(255, c.Green * f), (byte)Math.Min(255, c.Blue * f));

    private static float Uniform(Random random, float min, float max) => min + (float)random.NextDouble() * (max - min);
}
