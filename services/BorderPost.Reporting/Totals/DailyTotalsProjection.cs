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
        total.PostCode = e.PostCode;
        total.Day = e.Day;
        total.Counts[e.Category] = total.Counts.GetValueOrDefault(e.Category) + e.Delta;
        if (e.Sex is not null || e.AgeBand is not null)
        {
            var key = DailyTotal.PersonKey(e.Category, e.Sex ?? PersonBands.Unknown, e.AgeBand ?? PersonBands.Unknown);
            total.People[key] = total.People.GetValueOrDefault(key) + e.Delta;
        }
    }
}
