namespace BorderPost.Reporting.Reconciling;

/// <summary>Compares Reporting's totals with each service's own counts, post by post, day by day, category by category.</summary>
public static class Reconciliation
{
    public static ReconciliationResponse Compare(DayRange range, IReadOnlyList<SourceCount> reporting,
        IReadOnlyList<(ReconciliationSource Source, IReadOnlyList<SourceCount> Counted)> sources)
    {
        var differences = new List<ReconciliationDifference>();
        var summary = new List<ReconciledSource>();
        foreach (var (source, counted) in sources)
        {
            var ours = Index(reporting.Where(c => source.Answers(c.Category)));
            var theirs = Index(counted);
            foreach (var key in ours.Keys.Union(theirs.Keys))
            {
                var (a, b) = (ours.GetValueOrDefault(key), theirs.GetValueOrDefault(key));
                if (a != b)
                {
                    differences.Add(new(source.Name, key.Post, key.Day, key.Category, a, b));
                }
            }
            summary.Add(new(source.Name, source.Categories, ours.Values.Sum(), theirs.Values.Sum()));
        }
        var ordered = differences
            .OrderBy(d => d.Day).ThenBy(d => d.Post, StringComparer.Ordinal).ThenBy(d => d.Category, StringComparer.Ordinal)
            .ToList();
        return new ReconciliationResponse(range.From, range.To, ordered, summary);
    }

    private static Dictionary<(string Post, DateOnly Day, string Category), int> Index(IEnumerable<SourceCount> counts) =>
        counts.GroupBy(c => (c.Post, c.Day, c.Category)).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
}
