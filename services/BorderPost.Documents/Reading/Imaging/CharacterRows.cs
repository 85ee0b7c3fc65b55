using OpenCvSharp;

namespace BorderPost.Documents.Reading.Imaging;

/// <summary>
/// Finds the MRZ as what it is, whatever surrounds it: two or three rows of at least 20 character-sized marks, evenly
/// spaced, as long as each other and one above the other. Marks are the connected components of dark detail
/// (black-hat) of about the searched character height; each mark is linked to its nearest neighbour to the right on the
/// same baseline, so a tilted row stays one row.
/// </summary>
internal static class CharacterRows
{
    private const int MinimumMarks = 20;

    private sealed record Mark(int Left, int Top, int Width, int Height)
    {
        public double CenterX => Left + Width / 2.0;

        public double CenterY => Top + Height / 2.0;
    }

    private sealed record Row(List<Mark> Marks)
    {
        public double Left => Marks.Min(m => m.Left);

        public double Right => Marks.Max(m => m.Left + m.Width);

        public double CenterY => Marks.Average(m => m.CenterY);

        public double Height => Marks.Select(m => (double)m.Height).Order().ElementAt(Marks.Count / 2);
    }

    public static IEnumerable<MrzCandidate> Find(Mat image, int textHeight, bool quarterTurn)
    {
        var marks = Marks(image, textHeight);
        var rows = Rows(marks, textHeight).Where(r => r.Marks.Count >= MinimumMarks && r.Right - r.Left >= image.Width * 0.15)
            .OrderBy(r => r.CenterY)
            .ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var group = new List<Row> { rows[i] };
            for (var j = i + 1; j < rows.Count && group.Count < 3; j++)
            {
                if (Follows(group[^1], rows[j]))
                {
                    group.Add(rows[j]);
                }
            }
            for (var count = 2; count <= group.Count; count++)
            {
                var points = group.Take(count).SelectMany(r => r.Marks).SelectMany(m => new[]
                {
                    new Point(m.Left, m.Top), new Point(m.Left + m.Width, m.Top + m.Height),
                    new Point(m.Left, m.Top + m.Height), new Point(m.Left + m.Width, m.Top),
                }).ToArray();
                var box = Cv2.MinAreaRect(points);
                var length = Math.Max(box.Size.Width, box.Size.Height);
                // Rows of characters are strong evidence: they score above the closing's blocks of the same width.
                var score = Math.Min(1.0, length / image.Width) * 2 + 1.2 + box.Center.Y / image.Height * 0.5 - (quarterTurn ? 0.05 : 0);
                yield return new MrzCandidate(box, score);
            }
        }
    }

    private static List<Mark> Marks(Mat image, int textHeight)
    {
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(textHeight * 2 + 1, textHeight * 2 + 1));
        using var detail = new Mat();
        Cv2.MorphologyEx(image, detail, MorphTypes.BlackHat, kernel);
        using var ink = new Mat();
        Cv2.Threshold(detail, ink, 0, 255, ThresholdTypes.Binary | ThresholdTypes.Otsu);
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(ink, labels, stats, centroids, PixelConnectivity.Connectivity8);
        var marks = new List<Mark>();
        for (var i = 1; i < count; i++)
        {
            var (width, height) = (stats.At<int>(i, 2), stats.At<int>(i, 3));
            // A character or a filler: about the searched height (a filler is shorter), not wider than tall by much.
            if (height >= textHeight * 0.35 && height <= textHeight * 1.8 && width <= height * 1.6 && width >= 1)
            {
                marks.Add(new Mark(stats.At<int>(i, 0), stats.At<int>(i, 1), width, height));
            }
        }
        return marks;
    }

    // Chains each mark to its nearest neighbour to the right on about the same centre line; a chain is a row.
    private static List<Row> Rows(List<Mark> marks, int textHeight)
    {
        var ordered = marks.OrderBy(m => m.Left).ToList();
        var parent = Enumerable.Range(0, ordered.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < ordered.Count; i++)
        {
            var a = ordered[i];
            var reach = Math.Max(a.Height, textHeight) * 2.2;
            var best = -1;
            var bestGap = double.MaxValue;
            for (var j = i + 1; j < ordered.Count && ordered[j].Left - (a.Left + a.Width) <= reach; j++)
            {
                var b = ordered[j];
                var gap = b.CenterX - a.CenterX;
                if (gap > 0 && Math.Abs(b.CenterY - a.CenterY) <= textHeight * 0.45 && gap < bestGap)
                {
                    (best, bestGap) = (j, gap);
                }
            }
            if (best >= 0)
            {
                parent[Root(best)] = Root(i);
            }
        }
        return [.. ordered.Select((m, i) => (Mark: m, Root: Root(i))).GroupBy(x => x.Root).Select(g => new Row([.. g.Select(x => x.Mark)]))];
    }

    // The next MRZ row: one to four row heights lower, spanning about the same width.
    private static bool Follows(Row above, Row below)
    {
        var drop = below.CenterY - above.CenterY;
        var height = Math.Max(above.Height, below.Height);
        var span = Math.Max(above.Right - above.Left, below.Right - below.Left);
        return drop >= height * 1.1 && drop <= height * 4
            && Math.Abs(above.Left - below.Left) <= span * 0.15
            && Math.Abs(above.Right - below.Right) <= span * 0.15;
    }
}
