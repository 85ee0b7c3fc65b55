using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace BorderPost.Web.Ui;

/// <summary>One bar: its label, its value, and whether it stands for a small number shown as <c>&lt; n</c>.</summary>
public sealed record Bar(string Label, int Value, bool Small = false);

/// <summary>
/// Charts drawn on the server as inline SVG: the console stays free of scripts, a phone scales them with the page
/// (<c>viewBox</c>, width 100 %), and they print. Each chart carries its figures as text too (title, labels), so it is
/// read out by a screen reader and survives a black-and-white printer. A small number is drawn as a hatched bar at the
/// threshold's height, labelled <c>&lt; n</c>: its exact value is never in the page.
/// </summary>
public static class Charts
{
    // Sizes in the charts' own units: a chart is drawn a little wider than it is shown on a laptop, so its 12-unit text
    // reads at about 12 pixels, and scales down with the page on a phone.
    private const int BarsWidth = 360;
    private const int Height = 170;
    private const int Top = 18;
    private const int Bottom = 34;
    private const int FontSize = 12;

    /// <summary>Vertical bars in order (a time series): one per period.</summary>
    public static IHtmlContent Columns(string id, string title, IReadOnlyList<Bar> bars, int threshold)
    {
        var svg = Open(id, title, BarsWidth, Height);
        var max = Math.Max(1, bars.Select(b => Shown(b, threshold)).DefaultIfEmpty(0).Max());
        var step = bars.Count == 0 ? BarsWidth : (double)BarsWidth / bars.Count;
        var labelEvery = Math.Max(1, (int)Math.Ceiling(bars.Count / 12.0));
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var h = (Height - Top - Bottom) * Shown(bar, threshold) / (double)max;
            var x = i * step + step * 0.1;
            var y = Height - Bottom - h;
            svg.Append(Rect(id, x, y, step * 0.8, h, bar, threshold));
            if (bars.Count <= 31)
            {
                svg.Append(Text(x + step * 0.4, y - 3, Value(bar, threshold), "middle", "value"));
            }
            if (i % labelEvery == 0)
            {
                svg.Append(Text(x + step * 0.4, Height - Bottom + 14, bar.Label, "middle", "label"));
            }
        }
        if (bars.All(b => b.Value == 0))
        {
            svg.Append(Text(BarsWidth / 2.0, Height / 2.0, "0", "middle", "value"));
        }
        return Close(svg);
    }

    /// <summary>Horizontal bars, one per row (a comparison, e.g. posts): label, bar, figure.</summary>
    public static IHtmlContent Rows(string id, string title, IReadOnlyList<Bar> bars, int threshold)
    {
        const int row = 24, labelWidth = 130, width = 360;
        var height = Math.Max(1, bars.Count) * row + 8;
        var svg = Open(id, title, width, height);
        var max = Math.Max(1, bars.Select(b => Shown(b, threshold)).DefaultIfEmpty(0).Max());
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * row + 4;
            var w = (width - labelWidth - 56) * Shown(bar, threshold) / (double)max;
            svg.Append(Text(labelWidth - 6, y + 16, bar.Label, "end", "label"));
            svg.Append(Rect(id, labelWidth, y + 3, w, row - 8, bar, threshold));
            svg.Append(Text(labelWidth + w + 6, y + 16, Value(bar, threshold), "start", "value"));
        }
        return Close(svg);
    }

    private static int Shown(Bar bar, int threshold) => bar.Small ? threshold : bar.Value;

    private static string Value(Bar bar, int threshold) =>
        bar.Small ? $"< {threshold.ToString(CultureInfo.InvariantCulture)}" : bar.Value.ToString("N0", CultureInfo.InvariantCulture);

    private static StringBuilder Open(string id, string title, int width, int height) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{Encode(id)}\" role=\"img\" aria-labelledby=\"{Encode(id)}-title\" ")
            .Append(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{Encode(id)}-title\">{Encode(title)}</title>")
            .Append(CultureInfo.InvariantCulture, $"<defs><pattern id=\"{Encode(id)}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1d4e89\" stroke-width=\"3\"/></pattern></defs>");

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Rect(string id, double x, double y, double w, double h, Bar bar, int threshold) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(w, 0):0.#}\" height=\"{Math.Max(h, 0):0.#}\" fill=\"{(bar.Small ? $"url(#{Encode(id)}-hatch)" : "#1d4e89")}\"><title>{Encode(bar.Label)}: {Encode(Value(bar, threshold))}</title></rect>");

    private static string Text(double x, double y, string text, string anchor, string kind) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\" class=\"chart-{kind}\" font-size=\"{FontSize}\">{Encode(text)}</text>");

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
