using BorderPost.Contracts.Arrests;
using BorderPost.Contracts.Protection;
using BorderPost.Reporting.CountingArrests;
using BorderPost.Reporting.CountingReferrals;

namespace BorderPost.Reporting.Tests;

public class ArrestAndReferralCountingTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    [Fact]
    public void An_arrest_counts_one_person_and_once_under_each_suspected_offence()
    {
        var changes = ArrestCounting.Decide(new ArrestRecorded(Guid.NewGuid(), Guid.NewGuid(), 1, "HQ",
            new ArrestFacts("OUA", Day, ["migrant_smuggling", "human_trafficking", "migrant_smuggling"]), [], default));
        Assert.Equal(["arrest.offence.human_trafficking", "arrest.offence.migrant_smuggling", "arrest.persons"],
            changes.Select(c => c.Category).Order());
        Assert.All(changes, c => Assert.Equal(1, c.Delta));
    }

    [Fact]
    public void A_correction_moves_only_what_changed()
    {
        var before = new ArrestFacts("OUA", Day, ["migrant_smuggling"]);
        var after = before with { Offences = ["migrant_smuggling", "document_fraud"] };
        var changes = ArrestCounting.Decide(new ArrestCorrected(Guid.NewGuid(), Guid.NewGuid(), 2, "HQ", before, after, [], default, default));
        var change = Assert.Single(changes);
        Assert.Equal(("arrest.offence.document_fraud", 1), (change.Category, change.Delta));

        var movedDay = ArrestCounting.Decide(new ArrestCorrected(Guid.NewGuid(), Guid.NewGuid(), 2, "HQ", before, before with { Day = Day.AddDays(-1) }, [], default, default));
        Assert.Equal(0, movedDay.Sum(c => c.Delta));
        Assert.Equal(4, movedDay.Count);
    }

    [Fact]
    public void Referral_steps_count_by_kind_and_timeliness()
    {
        var facts = new ReferralFacts("BEL", "minor", "IBESR-CE");
        var id = Guid.NewGuid();
        Assert.Equal("referral.minor.referred", ReferralCounting.Decide(new ReferralOpened(Guid.NewGuid(), id, "HQ", facts, Day, null, default, default)).Single().Category);
        Assert.Equal("referral.minor.acknowledged_late", ReferralCounting.Decide(new ReferralAcknowledged(Guid.NewGuid(), id, "HQ", facts, Day, false, default)).Single().Category);
        Assert.Equal("referral.minor.acknowledged_in_time", ReferralCounting.Decide(new ReferralAcknowledged(Guid.NewGuid(), id, "HQ", facts, Day, true, default)).Single().Category);
        Assert.Equal("referral.minor.overdue", ReferralCounting.Decide(new ReferralOverdue(Guid.NewGuid(), id, "HQ", facts, Day, default, default)).Single().Category);
        Assert.Equal("referral.minor.closed.family_reunified",
            ReferralCounting.Decide(new ReferralClosed(Guid.NewGuid(), id, "HQ", facts, Day, "family_reunified", default)).Single().Category);
    }
}
