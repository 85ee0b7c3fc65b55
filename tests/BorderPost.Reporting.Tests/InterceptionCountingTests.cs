using BorderPost.Contracts.Arrests;
using BorderPost.Contracts.Protection;
using BorderPost.Reporting.CountingInterceptions;

namespace BorderPost.Reporting.Tests;

public class InterceptionCountingTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    [Fact]
    public void A_group_counts_once_and_each_person_under_their_role_by_sex_and_age_band()
    {
        var changes = InterceptionCounting.Decide(new InterceptionRecorded(Guid.NewGuid(), Guid.NewGuid(), "OUA", "OUA", Day,
            [new("guide", "M", "18-59"), new("child", "F", "6-11"), new("child", "unknown", "0-5")], default));

        Assert.Equal(["interception.recorded - -", "interception.person.guide M 18-59", "interception.person.child F 6-11", "interception.person.child unknown 0-5"],
            changes.Select(c => $"{c.Category} {c.Sex ?? "-"} {c.AgeBand ?? "-"}"));
        Assert.All(changes, c => Assert.Equal(("OUA", Day, 1), (c.PostCode, c.Day, c.Delta)));
    }

    [Theory]
    [InlineData("smuggled_migrant", "smuggled_migrant", "screening.smuggled_migrant")]
    [InlineData("smuggled_migrant", "vulnerable_migrant", "screening.vulnerable_migrant screening.overridden")]
    public void A_screening_counts_the_decision_and_an_override_of_the_proposal(string proposed, string decided, string categories)
    {
        var changes = InterceptionCounting.Decide(new ScreeningDecided(Guid.NewGuid(), Guid.NewGuid(), "OUA", "OUA", Day, proposed, decided, default));

        Assert.Equal(categories, string.Join(" ", changes.Select(c => c.Category)));
    }

    [Theory]
    [InlineData("cleared", null, "minor_check.cleared")]
    [InlineData("held", "authorisation_missing", "minor_check.held minor_check.reason.authorisation_missing")]
    [InlineData("released_on_override", "authorisation_revoked", "minor_check.released_on_override minor_check.reason.authorisation_revoked")]
    public void A_minor_s_check_counts_its_outcome_and_the_reason_a_child_would_have_been_held(string outcome, string? reason, string categories)
    {
        var changes = InterceptionCounting.Decide(new MinorTravelChecked(Guid.NewGuid(), Guid.NewGuid(), "OUA", "OUA", Day, "F", "6-11", outcome, reason, default));

        Assert.Equal(categories, string.Join(" ", changes.Select(c => c.Category)));
        Assert.All(changes, c => Assert.Equal(("F", "6-11", 1), (c.Sex, c.AgeBand, c.Delta)));
    }

    [Fact]
    public void A_correction_moves_only_what_changed_and_a_new_day_moves_the_whole_group()
    {
        InterceptionFacts before = new("OUA", Day, [new("guide", "M", "18-59"), new("child", "M", "6-11")]);
        InterceptionFacts after = new("OUA", Day, [new("guide", "M", "18-59"), new("child", "F", "6-11"), new("child", "F", "0-5")]);

        var changes = InterceptionCounting.Decide(new InterceptionCorrected(Guid.NewGuid(), Guid.NewGuid(), "OUA", before, after, default));
        var moved = InterceptionCounting.Decide(new InterceptionCorrected(Guid.NewGuid(), Guid.NewGuid(), "OUA", before, before with { Day = Day.AddDays(-1) }, default));

        Assert.Equal(["interception.person.child M 6-11 -1", "interception.person.child F 6-11 1", "interception.person.child F 0-5 1"],
            changes.Select(c => $"{c.Category} {c.Sex} {c.AgeBand} {c.Delta}"));
        Assert.Equal(0, moved.Sum(c => c.Delta));
        Assert.Equal(3, moved.Count(c => c.Day == Day && c.Delta == -1));
    }
}
