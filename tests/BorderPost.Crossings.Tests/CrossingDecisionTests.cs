using BorderPost.Crossings.CorrectingCrossings;
using BorderPost.Crossings.Publishing;
using BorderPost.Crossings.RecordingCrossings;
using BorderPost.Contracts.Reference;
using BorderPost.ServiceDefaults.Http;
using static BorderPost.Crossings.Tests.CrossingRequests;

namespace BorderPost.Crossings.Tests;

public class CrossingDecisionTests
{
    private static CrossingDetails Details(CrossingRequest? request = null) =>
        CrossingValidation.Validate(request ?? Valid(), Find, Now, new FieldErrors())!;

    private static Crossing Recorded(CrossingDetails details) =>
        Crossing.Create(RecordCrossing.Decide(Guid.NewGuid(), details, "officer.oua", Now));

    [Fact]
    public void Recording_starts_the_crossing_on_its_haitian_day()
    {
        // 03:00 UTC on the 23rd is still the 22nd in Port-au-Prince (UTC-5).
        var details = Details(Valid() with { OccurredAt = "2026-11-23T03:00:00Z" });
        var crossing = Recorded(details);

        Assert.Equal(new DateOnly(2026, 11, 22), crossing.Day);
        Assert.Equal(CrossingStatus.Recorded, crossing.Status);
        Assert.Equal("officer.oua", crossing.RecordedBy);
    }

    [Fact]
    public void Replaying_the_same_request_is_the_same_crossing()
    {
        var details = Details();
        Assert.Equal(RecordCrossing.Replay.New, RecordCrossing.Compare(null, details));
        Assert.Equal(RecordCrossing.Replay.SameCrossing, RecordCrossing.Compare(Recorded(details), Details()));
    }

    [Fact]
    public void Reusing_an_id_for_other_content_is_a_conflict()
    {
        var crossing = Recorded(Details());
        var other = Details(Valid() with { Direction = "exit" });
        Assert.Equal(RecordCrossing.Replay.DifferentCrossing, RecordCrossing.Compare(crossing, other));
    }

    [Fact]
    public void A_correction_is_a_new_event_that_keeps_the_original()
    {
        var original = Details();
        var crossing = Recorded(original);
        var fixedDetails = Details(Valid() with { Direction = "exit" });

        var decision = CorrectCrossing.Decide(crossing, fixedDetails, "wrong direction", "supervisor.oua", Now);
        var after = crossing.Apply(Assert.IsType<CrossingCorrected>(decision.Event));

        Assert.Equal(Direction.Exit, after.Details.Direction);
        Assert.Equal(original, after.OriginalDetails);
        Assert.Equal(CrossingStatus.Corrected, after.Status);
    }

    [Fact]
    public void A_correction_cannot_move_the_crossing_to_another_post()
    {
        var crossing = Recorded(Details());
        var elsewhere = Details() with { PostCode = "MAL", CrossingPoint = "MAL" };
        var decision = CorrectCrossing.Decide(crossing, elsewhere, "moved", "supervisor.oua", Now);
        Assert.Equal(CorrectCrossing.OtherPost, decision.Refusal);
        Assert.Null(decision.Event);
    }

    [Fact]
    public void A_voided_crossing_is_neither_corrected_nor_voided_again()
    {
        var crossing = Recorded(Details());
        var voided = crossing.Apply(Assert.IsType<CrossingVoided>(VoidCrossing.Decide(crossing, "entered twice", "supervisor.oua", Now).Event));

        Assert.Equal(CrossingStatus.Voided, voided.Status);
        Assert.Equal("entered twice", voided.VoidReason);
        Assert.Same(Decision.AlreadyDone, VoidCrossing.Decide(voided, "again", "supervisor.oua", Now));
        Assert.Equal(CorrectCrossing.Voided, CorrectCrossing.Decide(voided, Details(), "x", "s", Now).Refusal);
    }

    [Fact]
    public void Integration_facts_carry_no_names_and_use_wire_values()
    {
        var facts = IntegrationEvents.Facts(Details(Valid() with { AccompanyingMinors = 3 }));

        Assert.Equal(new Contracts.Crossings.CrossingFacts("OUA", new DateOnly(2026, 11, 23), "entry", "HTI", 3, "F", "18-59", "trade"), facts);
        Assert.DoesNotContain(typeof(Contracts.Crossings.CrossingFacts).GetProperties(), p => p.Name.Contains("name", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Haitian_days_follow_port_au_prince_time()
    {
        Assert.Equal(new DateOnly(2026, 11, 22), HaitiCalendar.DayOf(new DateTimeOffset(2026, 11, 23, 4, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 23), HaitiCalendar.DayOf(new DateTimeOffset(2026, 11, 23, 5, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Headquarters_learns_the_traveller_s_sex_and_age_band_never_a_name_a_number_or_a_birth_date()
    {
        var facts = IntegrationEvents.Facts(Details());

        Assert.Equal(("F", "18-59", "HTI"), (facts.Sex, facts.AgeBand, facts.Nationality)); // born 1990-04-02, crossed 2026-11-23
        var json = System.Text.Json.JsonSerializer.Serialize(facts);
        Assert.DoesNotContain("PIERRE", json, StringComparison.Ordinal);
        Assert.DoesNotContain("RD1234567", json, StringComparison.Ordinal);
        Assert.DoesNotContain("1990-04-02", json, StringComparison.Ordinal);
    }
}
