using BorderPost.Reporting.Counting;
using BorderPost.Contracts.Crossings;
using BorderPost.Reporting.CountingCrossings;
using BorderPost.Reporting.Totals;

namespace BorderPost.Reporting.Tests;

public class CrossingCountingTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly CrossingFacts Entry = new("OUA", Day, "entry", "HTI", 0);
    private static readonly CrossingFacts Exit = Entry with { Direction = "exit" };

    private static IReadOnlyList<TotalsRow> Fold(params IReadOnlyList<CountChanged>[] batches)
    {
        var projection = new DailyTotalsProjection();
        var totals = new Dictionary<string, DailyTotal>();
        foreach (var change in batches.SelectMany(b => b))
        {
            var id = DailyTotal.IdFor(change.PostCode, change.Day);
            projection.Apply(change, totals.TryGetValue(id, out var t) ? t : totals[id] = new DailyTotal { Id = id });
        }
        return GetTotals.ToRows(totals.Values);
    }

    [Fact]
    public void A_recorded_crossing_counts_once_in_its_direction()
    {
        var rows = Fold(CrossingCounting.Decide(new CrossingRecorded(Guid.NewGuid(), Guid.NewGuid(), 1, "HQ", Entry, default)));
        Assert.Equal([new TotalsRow("OUA", Day, "crossing.entry", 1, "2026-11-23")], rows);
    }

    [Fact]
    public void A_correction_of_nationality_or_purpose_alone_moves_the_split_not_the_count()
    {
        var before = Entry with { Purpose = "trade" };
        var after = before with { Nationality = "DOM" };

        var changes = CrossingCounting.Decide(new CrossingCorrected(Guid.NewGuid(), Guid.NewGuid(), 2, "HQ", before, after, default));

        Assert.Equal(["crossing.entry -1 HTI trade", "crossing.entry 1 DOM trade"],
            changes.Select(c => $"{c.Category} {c.Delta} {c.Nationality} {c.Purpose}"));
    }

    [Fact]
    public void A_correction_moves_the_count_and_a_void_removes_it()
    {
        var id = Guid.NewGuid();
        var recorded = CrossingCounting.Decide(new CrossingRecorded(Guid.NewGuid(), id, 1, "HQ", Entry, default));
        var corrected = CrossingCounting.Decide(new CrossingCorrected(Guid.NewGuid(), id, 2, "HQ", Entry, Exit, default));
        Assert.Equal([new TotalsRow("OUA", Day, "crossing.exit", 1, "2026-11-23")], Fold(recorded, corrected));

        var voided = CrossingCounting.Decide(new CrossingVoided(Guid.NewGuid(), id, 3, "HQ", Exit, default));
        Assert.Empty(Fold(recorded, corrected, voided));
    }

    [Fact]
    public void Order_of_arrival_does_not_change_the_totals()
    {
        var id = Guid.NewGuid();
        var recorded = CrossingCounting.Decide(new CrossingRecorded(Guid.NewGuid(), id, 1, "HQ", Entry, default));
        var corrected = CrossingCounting.Decide(new CrossingCorrected(Guid.NewGuid(), id, 2, "HQ", Entry, Exit, default));
        Assert.Equal(Fold(recorded, corrected), Fold(corrected, recorded));
    }

    [Fact]
    public void A_correction_that_changes_no_counted_fact_changes_nothing()
    {
        Assert.Empty(CrossingCounting.Decide(new CrossingCorrected(Guid.NewGuid(), Guid.NewGuid(), 2, "HQ", Entry, Entry, default)));
    }
}
