using BorderPost.Reporting.Counting;
using Marten.Events.Projections;

namespace BorderPost.Reporting.Totals;

/// <summary>
/// Folds count changes into per-post, per-day totals. Runs in the async daemon, which applies events one page at a
/// time and stores its progress with the documents, so each event is counted exactly once.
/// </summary>
public sealed class DailyTotalsProjection : MultiStreamProjection<DailyTotal, string>
{
    public DailyTotalsProjection()
    {
        Identity<CountChanged>(e => DailyTotal.IdFor(e.PostCode, e.Day));
    }

    public void Apply(CountChanged e, DailyTotal total)
    {
        total.Day = e.Day;
        total.Add(e);
    }
}

/// <summary>The same count changes folded per post and month, so that a year's totals read 12 documents per post, not 365.</summary>
public sealed class MonthlyTotalsProjection : MultiStreamProjection<MonthlyTotal, string>
{
    public MonthlyTotalsProjection()
    {
        Identity<CountChanged>(e => MonthlyTotal.IdFor(e.PostCode, e.Day));
    }

    public void Apply(CountChanged e, MonthlyTotal total)
    {
        total.Day = MonthlyTotal.MonthOf(e.Day);
        total.Add(e);
    }
}
