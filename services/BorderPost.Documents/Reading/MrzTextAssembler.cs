using BorderPost.Documents.Reading.Ocr;
using OpenCvSharp;

namespace BorderPost.Documents.Reading;

/// <summary>MRZ lines assembled from OCR output, and the OCR's median confidence over their characters (0–100).</summary>
/// <remarks>
/// <see cref="GlyphLines"/> is a second reading of the same cells by the OCR-B glyphs alone, for when Tesseract's
/// reading does not validate.
/// </remarks>
public sealed record AssembledMrz(IReadOnlyList<string> Lines, double Confidence, IReadOnlyList<string> GlyphLines);

/// <summary>
/// Turns Tesseract's symbols into MRZ lines of the right length. OCR-B in an MRZ is strictly monospaced, so each
/// symbol is put in its cell of a character grid: runs of fillers that Tesseract merged or dropped come back as the
/// right number of '&lt;', and a cell Tesseract read as a letter but shaped like a chevron (no stem on its left, arms
/// reaching the right) is a filler — the general-purpose model often reads OCR-B '&lt;' as K, X, E or C.
/// </summary>
public static class MrzTextAssembler
{
    private const int MinimumSymbols = 15;

    /// <param name="ocrLines">Tesseract's reading of each text line of the band, top to bottom.</param>
    /// <param name="gray">The band, normalised.</param>
    /// <param name="ink">The band's ink (binarised, ink white).</param>
    /// <param name="expectedLines">3 when the band is shaped like a TD1 card's MRZ, otherwise 2.</param>
    public static AssembledMrz? Assemble(IReadOnlyList<OcrLine> ocrLines, Mat gray, Mat ink, int expectedLines)
    {
        var candidates = ocrLines.Select(WithoutSpecks).Where(l => l.Symbols.Count >= MinimumSymbols).ToList();
        if (candidates.Count < 2)
        {
            return null;
        }
        // The MRZ is the last two or three long lines of the band.
        var lineCount = expectedLines == 3 && candidates.Count >= 3 ? 3 : 2;
        var lines = candidates.TakeLast(lineCount).ToList();

        var pitch = EstimatePitch(lines);
        if (pitch <= 0)
        {
            return null;
        }
        var runs = lines.Select(l => InkRuns(l, ink, pitch)).ToList();
        var widest = runs.Max(r => r.Count == 0 ? 0 : r[^1].Right - r[0].Left);
        var length = lineCount == 3 ? 30 : widest / pitch >= 40 ? 44 : 36;
        // Every cell of an MRZ line holds a glyph (fillers too): the glyphs' ink gives the cells, or at least the
        // line's extent, which spans exactly its cells.
        var layouts = runs.Select(r => (ICellLayout?)SegmentedCells.FromRuns(r, length, pitch) ?? GridOver(r, length, pitch)).ToList();
        var placed = lines.Select((l, i) => Place(l, layouts[i], pitch)).ToList();
        var read = lines.Select((l, i) => Read(l, placed[i], length, layouts[i], ink)).ToList();
        var cells = read.Select(line => line.Cells.Select((cell, k) => Resolve(line, k, cell.Character, gray, ink)).ToList()).ToList();
        var arbitrated = cells.Select(line => new string([.. line.Select(c => c.Arbitrated)])).ToList();
        var text = MrzNames.ClearAfterPadding(ByFieldKind(arbitrated, cells));
        var glyphs = MrzNames.ClearAfterPadding(ByFieldKind([.. cells.Select(line => new string([.. line.Select(c => c.Glyph)]))], cells));
        var confidences = lines.SelectMany(l => l.Symbols).Select(s => (double)s.Confidence).Order().ToList();
        return new AssembledMrz(text, confidences[confidences.Count / 2], glyphs);
    }

    // Specks at a line's ends (the edge of the card, dust) come back as faint, small symbols; they would shift the grid.
    private static OcrLine WithoutSpecks(OcrLine line)
    {
        if (line.Symbols.Count == 0)
        {
            return line;
        }
        var heights = line.Symbols.Select(s => s.Box.Height).Order().ToList();
        var typical = heights[heights.Count / 2];
        return new OcrLine([.. line.Symbols.Where(s => s.Box.Height >= typical * 0.5 && s.Confidence >= 30)]);
    }

    private static double Center(OcrSymbol symbol) => symbol.Box.X + symbol.Box.Width / 2.0;

    // The median distance between neighbouring symbols that are one cell apart.
    private static double EstimatePitch(List<OcrLine> lines)
    {
        var steps = lines
            .SelectMany(l => l.Symbols.Zip(l.Symbols.Skip(1), (a, b) => Center(b) - Center(a)))
            .Where(step => step > 0)
            .Order()
            .ToList();
        if (steps.Count == 0)
        {
            return 0;
        }
        var median = steps[steps.Count / 2];
        var single = steps.Where(s => s > median * 0.7 && s < median * 1.3).ToList();
        return single.Count == 0 ? median : single.Average();
    }

    private sealed record PlacedSymbol(int Cell, char Character, float Confidence, double Center);

    // Gives every symbol its cell: the first by its distance from the common left edge, the next ones by their
    // distance from the previous symbol, so a slightly uneven pitch (perspective) does not add up.
    private static List<PlacedSymbol> Place(OcrLine line, ICellLayout grid, double pitch) =>
        [.. line.Symbols
            .SelectMany(s => Slots(s, pitch))
            .Select(slot => new PlacedSymbol(grid.CellOf(slot.Center), slot.Symbol.Character, slot.Symbol.Confidence, slot.Center))];

    private static CharacterGrid GridOver(IReadOnlyList<(double Left, double Right)> runs, int length, double fallbackPitch)
    {
        if (runs.Count == 0)
        {
            return new CharacterGrid(0, fallbackPitch, 0);
        }
        // Glyphs are about 0.7 of the pitch wide: the extent is (length - 1) pitches plus one glyph.
        var pitch = (runs[^1].Right - runs[0].Left) / (length - 0.3);
        return new CharacterGrid(runs[0].Left + 0.35 * pitch, pitch, 0);
    }

    /// <summary>
    /// The runs of inked columns of the line (about one per glyph), in the longest chain whose gaps are under 1.5
    /// pitches: an MRZ line has no wider gap, so specks and card edges further away are left out.
    /// </summary>
    private static List<(double Left, double Right)> InkRuns(OcrLine line, Mat ink, double pitch)
    {
        var (top, bottom) = TextBand(line);
        var rows = new Rect(0, top, ink.Width, bottom - top).Intersect(new Rect(0, 0, ink.Width, ink.Height));
        if (rows.Height < 3)
        {
            return [];
        }
        using var strip = new Mat(ink, rows);
        using var profile = new Mat();
        Cv2.Reduce(strip, profile, ReduceDimension.Row, ReduceTypes.Sum, MatType.CV_32S);
        var width = profile.Width;
        var chains = new List<List<(double Left, double Right)>>();
        var chain = new List<(double Left, double Right)>();
        int? start = null;
        for (var x = 0; x <= width; x++)
        {
            var inked = x < width && profile.At<int>(0, x) >= 2 * 255;
            if (inked && start is null)
            {
                if (chain.Count > 0 && x - chain[^1].Right > 1.5 * pitch)
                {
                    chains.Add(chain);
                    chain = [];
                }
                start = x;
            }
            else if (!inked && start is not null)
            {
                chain.Add((start.Value, x));
                start = null;
            }
        }
        if (chain.Count > 0)
        {
            chains.Add(chain);
        }
        return chains.Count == 0 ? [] : chains.MaxBy(c => c.Sum(r => r.Right - r.Left))!;
    }

    // Tesseract sometimes reads two neighbouring chevrons as one wide K: a symbol as wide as n cells fills n cells.
    private static IEnumerable<(OcrSymbol Symbol, double Center)> Slots(OcrSymbol symbol, double pitch)
    {
        var count = Math.Max(1, (int)Math.Round(symbol.Box.Width / pitch));
        var first = symbol.Box.X + (symbol.Box.Width - (count - 1) * pitch) / 2;
        for (var k = 0; k < count; k++)
        {
            yield return (symbol, first + k * pitch);
        }
    }

    /// <summary>One line on its grid: the character and confidence in each cell, and the line's text band.</summary>
    private sealed record GridLine((char Character, float Confidence)[] Cells, ICellLayout Grid, int Top, int Bottom);

    private static GridLine Read(OcrLine line, List<PlacedSymbol> placed, int length, ICellLayout layout, Mat ink)
    {
        var grid = layout;
        // Refines the grid through the symbols read with confidence, twice (the first fit may move some symbols to
        // their right cells, which improves the second).
        for (var round = 0; round < 2 && grid is CharacterGrid; round++)
        {
            var anchors = placed
                .Where(p => char.IsAsciiLetterOrDigit(p.Character) && !ConfusedWithFiller(p.Character) && p.Confidence >= 60)
                .Select(p => (p.Cell, p.Center))
                .ToList();
            grid = CharacterGrid.Fit(anchors, (CharacterGrid)grid);
            var fitted = grid;
            placed = [.. placed.Select(p => p with { Cell = fitted.CellOf(p.Center) })];
        }

        var cells = Enumerable.Repeat(('<', -1f), length).ToArray();
        foreach (var symbol in placed.Where(p => p.Cell >= 0 && p.Cell < length))
        {
            if (symbol.Confidence > cells[symbol.Cell].Item2)
            {
                cells[symbol.Cell] = (symbol.Character, symbol.Confidence);
            }
        }
        var (top, bottom) = TextBand(line);
        return new GridLine(cells, grid, top, bottom);
    }

    // Each cell is compared with the OCR-B glyphs; a clearly better match than what Tesseract read wins. Without a
    // usable patch, the filler shape rule still turns chevrons read as letters back into fillers. Also returns the
    // best glyph alone.
    private static (char Arbitrated, char Glyph, double[]? Scores) Resolve(GridLine line, int k, char read, Mat gray, Mat ink)
    {
        var center = Recentre(line.Grid.CenterOf(k), line.Top, line.Bottom, line.Grid.PitchAt(k), ink);
        var patch = GlyphClassifier.Patch(gray, ink, center, line.Top, line.Bottom, line.Grid.PitchAt(k));
        if (patch is null)
        {
            var fallback = ConfusedWithFiller(read) && LooksLikeFiller(line.Grid.CenterOf(k), line.Top, line.Bottom, line.Grid.PitchAt(k), ink)
                ? '<'
                : read;
            return (fallback, fallback, null);
        }
        var scores = GlyphClassifier.Shared.Scores(patch);
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        var readIndex = GlyphClassifier.Alphabet.IndexOf(read, StringComparison.Ordinal);
        var readScore = readIndex < 0 ? -1 : scores[readIndex];
        var glyph = GlyphClassifier.Alphabet[best];
        return (scores[best] >= GlyphMinimum && scores[best] - readScore >= GlyphMargin ? glyph : read, glyph, scores);
    }

    // A letter where the format allows only digits (dates, check digits) becomes the digit the cell looks most like,
    // and a digit where only letters are allowed (codes, names) the letter it looks most like.
    private static List<string> ByFieldKind(List<string> lines, List<List<(char Arbitrated, char Glyph, double[]? Scores)>> cells)
    {
        if (MrzPositionKinds.For(lines) is not { } kinds)
        {
            return lines;
        }
        return [.. lines.Select((line, i) => new string([.. line.Select((c, k) =>
        {
            var scores = k < cells[i].Count ? cells[i][k].Scores : null;
            var wanted = kinds[i][k];
            if (scores is null || c == '<'
                || !(wanted == MrzPositionKind.Digit && char.IsAsciiLetter(c) || wanted == MrzPositionKind.Letter && char.IsAsciiDigit(c)))
            {
                return c;
            }
            var candidates = wanted == MrzPositionKind.Digit ? "0123456789" : "ABCDEFGHIJKLMNOPQRSTUVWXYZ<";
            return candidates.MaxBy(candidate => scores[GlyphClassifier.Alphabet.IndexOf(candidate, StringComparison.Ordinal)]);
        })]))];
    }

    // Tuned on three generated sets (seeds 11, 22, 23): a lower margin lets blur flip Tesseract's correct reads, a
    // higher one leaves its confusions.
    private const double GlyphMinimum = 0.6;
    private const double GlyphMargin = 0.12;

    private static bool ConfusedWithFiller(char c) => c is 'K' or 'X' or 'E' or 'C' or 'Z' or 'L' or 'S' or 'R';

    // The letters' and digits' common top and bottom (fillers are shorter, so they are left out).
    private static (int Top, int Bottom) TextBand(OcrLine line)
    {
        var glyphs = line.Symbols.Where(s => s.Character != '<').ToList();
        if (glyphs.Count == 0)
        {
            glyphs = [.. line.Symbols];
        }
        var tops = glyphs.Select(s => s.Box.Top).Order().ToList();
        var bottoms = glyphs.Select(s => s.Box.Bottom).Order().ToList();
        return (tops[tops.Count / 2], bottoms[bottoms.Count / 2]);
    }

    /// <summary>
    /// A chevron '&lt;' has ink at the middle of its left third and none at the left third's top and bottom, where
    /// every letter it is mistaken for has a stem or a corner.
    /// </summary>
    public static bool LooksLikeFiller(double center, int top, int bottom, double pitch, Mat ink)
    {
        center = Recentre(center, top, bottom, pitch, ink);
        var left = (int)Math.Round(center - pitch * 0.42);
        var width = (int)Math.Round(pitch * 0.84);
        var height = bottom - top;
        if (height < 6 || width < 6)
        {
            return false;
        }
        var cell = new Rect(left, top, width, height).Intersect(new Rect(0, 0, ink.Width, ink.Height));
        if (cell.Width < 6 || cell.Height < 6)
        {
            return false;
        }
        using var region = new Mat(ink, cell);
        var inkLeft = InkBounds(region);
        if (inkLeft is null)
        {
            return false;
        }
        // Measure within the glyph's own horizontal extent.
        var (x0, x1) = inkLeft.Value;
        var third = Math.Max(1, (x1 - x0) / 3);
        var rows = region.Height / 3;
        double Share(int x, int y, int w, int h)
        {
            using var block = new Mat(region, new Rect(x, y, w, h));
            return Cv2.CountNonZero(block) / (double)(w * h);
        }
        var leftTop = Share(x0, 0, third, rows);
        var leftMiddle = Share(x0, rows, third, rows);
        var leftBottom = Share(x0, 2 * rows, third, region.Height - 2 * rows);
        var rightTop = Share(x1 - third, 0, third, rows);
        var rightBottom = Share(x1 - third, 2 * rows, third, region.Height - 2 * rows);
        // The apex: some ink at the left middle but no full stroke (C, E, K, L have one), little above and below it.
        return leftTop < 0.15 && leftBottom < 0.15 && leftMiddle > 0.3 && rightTop > 0.2 && rightBottom > 0.2;
    }

    // Perspective makes the pitch drift along a line: move the cell (by less than half a pitch) to where its edges
    // fall between glyphs, i.e. where the columns at both edges carry the least ink.
    private static double Recentre(double center, int top, int bottom, double pitch, Mat ink)
    {
        var left = (int)Math.Floor(center - pitch);
        var area = new Rect(left, top, (int)Math.Ceiling(2 * pitch) + 1, bottom - top).Intersect(new Rect(0, 0, ink.Width, ink.Height));
        if (area.Width < pitch || area.Height < 3)
        {
            return center;
        }
        using var region = new Mat(ink, area);
        using var profile = new Mat();
        Cv2.Reduce(region, profile, ReduceDimension.Row, ReduceTypes.Sum, MatType.CV_32S);
        var columns = profile.Width;
        var half = pitch / 2;
        var best = (Cost: double.MaxValue, Shift: 0.0);
        for (var shift = -0.45 * pitch; shift <= 0.45 * pitch; shift += Math.Max(1, pitch / 12))
        {
            var leftEdge = (int)Math.Round(center + shift - half) - area.X;
            var rightEdge = (int)Math.Round(center + shift + half) - area.X;
            if (leftEdge < 0 || rightEdge >= columns)
            {
                continue;
            }
            var cost = profile.At<int>(0, leftEdge) + (double)profile.At<int>(0, rightEdge) + Math.Abs(shift) * 0.01;
            if (cost < best.Cost)
            {
                best = (cost, shift);
            }
        }
        return center + best.Shift;
    }

    private static (int X0, int X1)? InkBounds(Mat region)
    {
        using var columns = new Mat();
        Cv2.Reduce(region, columns, ReduceDimension.Row, ReduceTypes.Max, -1);
        var width = columns.Width;
        int? first = null, last = null;
        for (var x = 0; x < width; x++)
        {
            if (columns.At<byte>(0, x) > 0)
            {
                first ??= x;
                last = x;
            }
        }
        return first is null || last!.Value - first.Value < 3 ? null : (first.Value, last.Value + 1);
    }

    private static string Fit(char[] cells, int length) =>
        cells.Length >= length ? new string(cells, 0, length) : new string(cells) + new string('<', length - cells.Length);
}
