namespace BorderPost.Documents.Reading;

/// <summary>Where the character cells of one MRZ line are.</summary>
internal interface ICellLayout
{
    double CenterOf(int cell);

    double PitchAt(int cell);

    int CellOf(double x);
}

/// <summary>
/// Cells found in the picture itself: each glyph's ink, fillers included, is a run of inked columns. The runs are
/// split or merged to the line's length, so perspective and an uneven pitch are followed glyph by glyph.
/// </summary>
internal sealed class SegmentedCells(double[] centers) : ICellLayout
{
    public double CenterOf(int cell) => centers[Math.Clamp(cell, 0, centers.Length - 1)];

    public double PitchAt(int cell)
    {
        var k = Math.Clamp(cell, 1, centers.Length - 2);
        return (centers[k + 1] - centers[k - 1]) / 2;
    }

    public int CellOf(double x)
    {
        var index = Array.BinarySearch(centers, x);
        if (index >= 0)
        {
            return index;
        }
        var after = ~index;
        if (after == 0)
        {
            return 0;
        }
        if (after == centers.Length)
        {
            return centers.Length - 1;
        }
        return x - centers[after - 1] <= centers[after] - x ? after - 1 : after;
    }

    /// <summary>The cells of a line from its ink runs (left, right), or null when they do not look like one glyph per cell.</summary>
    public static SegmentedCells? FromRuns(IReadOnlyList<(double Left, double Right)> runs, int length, double pitch)
    {
        var parts = new List<(double Left, double Right)>();
        foreach (var (left, right) in runs)
        {
            var count = Math.Max(1, (int)Math.Round((right - left) / pitch + 0.3));
            var width = (right - left) / count;
            for (var i = 0; i < count; i++)
            {
                parts.Add((left + i * width, left + (i + 1) * width));
            }
        }
        while (parts.Count > length)
        {
            // Two pieces of one glyph (the stems of an H, a broken stroke): the closest neighbours belong together.
            var pair = Enumerable.Range(0, parts.Count - 1).MinBy(i => parts[i + 1].Right - parts[i].Left);
            parts[pair] = (parts[pair].Left, parts[pair + 1].Right);
            parts.RemoveAt(pair + 1);
        }
        while (parts.Count < length && parts.Count > 0)
        {
            var widest = Enumerable.Range(0, parts.Count).MaxBy(i => parts[i].Right - parts[i].Left);
            var (left, right) = parts[widest];
            var middle = (left + right) / 2;
            parts[widest] = (left, middle);
            parts.Insert(widest + 1, (middle, right));
        }
        if (parts.Count != length)
        {
            return null;
        }
        var centers = parts.Select(p => (p.Left + p.Right) / 2).ToArray();
        var steps = centers.Zip(centers.Skip(1), (a, b) => b - a).ToList();
        var regular = steps.Count(step => step > pitch * 0.6 && step < pitch * 1.5);
        return regular >= steps.Count * 0.9 ? new SegmentedCells(centers) : null;
    }
}

/// <summary>
/// Where the character cells of one MRZ line are: the centre of cell k is A + B·k + C·k². The quadratic term absorbs
/// the pitch drift that perspective gives a phone photo; a flat scan fits with C ≈ 0.
/// </summary>
internal sealed record CharacterGrid(double A, double B, double C) : ICellLayout
{
    public double CenterOf(int cell) => A + B * cell + C * cell * cell;

    public double PitchAt(int cell) => B + 2 * C * cell;

    public int CellOf(double x)
    {
        var k = (x - A) / B;
        for (var i = 0; i < 3; i++)
        {
            k = (x - A - C * k * k) / B;
        }
        return (int)Math.Round(k);
    }

    /// <summary>Least squares through the anchors (cell, centre); the fallback when they are too few or the fit is implausible.</summary>
    public static CharacterGrid Fit(IReadOnlyList<(int Cell, double Center)> anchors, CharacterGrid fallback)
    {
        var cells = anchors.Select(a => a.Cell).Distinct().Count();
        if (cells < 3)
        {
            return fallback;
        }
        var span = anchors.Max(a => a.Cell) - anchors.Min(a => a.Cell);
        if (cells >= 8 && span >= 12 && Quadratic(anchors) is { } curved && Plausible(curved, fallback, span))
        {
            return curved;
        }
        return Linear(anchors) is { } straight && Plausible(straight, fallback, span) ? straight : fallback;
    }

    private static bool Plausible(CharacterGrid grid, CharacterGrid fallback, int span) =>
        grid.B > fallback.B * 0.75 && grid.B < fallback.B * 1.3 && Math.Abs(grid.C) * span < grid.B * 0.15;

    private static CharacterGrid? Linear(IReadOnlyList<(int Cell, double Center)> anchors)
    {
        var meanK = anchors.Average(a => (double)a.Cell);
        var meanX = anchors.Average(a => a.Center);
        var covariance = anchors.Sum(a => (a.Cell - meanK) * (a.Center - meanX));
        var variance = anchors.Sum(a => (a.Cell - meanK) * (a.Cell - meanK));
        if (variance <= 0)
        {
            return null;
        }
        var b = covariance / variance;
        return new CharacterGrid(meanX - b * meanK, b, 0);
    }

    // Normal equations of x = a + b·k + c·k², solved by Cramer's rule.
    private static CharacterGrid? Quadratic(IReadOnlyList<(int Cell, double Center)> anchors)
    {
        double s0 = anchors.Count, s1 = 0, s2 = 0, s3 = 0, s4 = 0, t0 = 0, t1 = 0, t2 = 0;
        foreach (var (cell, x) in anchors)
        {
            double k = cell, k2 = k * k;
            s1 += k;
            s2 += k2;
            s3 += k2 * k;
            s4 += k2 * k2;
            t0 += x;
            t1 += x * k;
            t2 += x * k2;
        }
        var det = Det(s0, s1, s2, s1, s2, s3, s2, s3, s4);
        if (Math.Abs(det) < 1e-9)
        {
            return null;
        }
        var a = Det(t0, s1, s2, t1, s2, s3, t2, s3, s4) / det;
        var b = Det(s0, t0, s2, s1, t1, s3, s2, t2, s4) / det;
        var c = Det(s0, s1, t0, s1, s2, t1, s2, s3, t2) / det;
        return new CharacterGrid(a, b, c);
    }

    private static double Det(double a, double b, double c, double d, double e, double f, double g, double h, double i) =>
        a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
}
