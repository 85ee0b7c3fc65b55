using BorderPost.Protection.Workflow;

namespace BorderPost.Protection.Tests;

public class ReferralWorkflowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private static Referral Referred(ReferralKind kind = ReferralKind.Minor) => Referral.Create(new Referred(Guid.NewGuid(), kind, "OUA", "IBESR-NE", null,
        new ReferralDetails(new ReferredPerson("", "", "F", null, 8, null), null, false, "ht", [], "", null, null, null), "officer", T0, T0.AddHours(2)));

    private static Referral After(Referral r, Decision d) => ReferralFolding.Apply(r, d.Event ?? throw new InvalidOperationException("no event"));

    [Fact]
    public void Acknowledging_in_time_or_late_is_decided_against_the_deadline()
    {
        var r = Referred();
        Assert.True(((Acknowledged)ReferralWorkflow.Acknowledge(r, "p", T0.AddHours(2)).Event!).InTime);
        Assert.False(((Acknowledged)ReferralWorkflow.Acknowledge(r, "p", T0.AddHours(2).AddSeconds(1)).Event!).InTime);
    }

    [Fact]
    public void Nothing_can_be_handed_over_or_closed_before_it_is_acknowledged()
    {
        var r = Referred();
        Assert.Equal(Refusals.NotAcknowledged, ReferralWorkflow.HandOver(r, "IBESR", T0, "X", "p", T0).Refusal);
        Assert.Equal(Refusals.NotAcknowledged, ReferralWorkflow.Close(r, ClosureOutcome.Other, "", "p", T0).Refusal);
    }

    [Fact]
    public void Steps_repeated_with_the_same_content_are_retries_and_different_ones_are_refused()
    {
        var r = After(Referred(), ReferralWorkflow.Acknowledge(Referred(), "p", T0));
        Assert.Same(Decision.AlreadyDone, ReferralWorkflow.Acknowledge(r, "p", T0));
        r = After(r, ReferralWorkflow.HandOver(r, "IBESR", T0, "X", "p", T0));
        Assert.Same(Decision.AlreadyDone, ReferralWorkflow.HandOver(r, "IBESR", T0, "X", "p", T0.AddMinutes(1)));
        Assert.Equal(Refusals.AlreadyHandedOver, ReferralWorkflow.HandOver(r, "IBESR", T0, "Y", "p", T0).Refusal);
        Assert.Equal(Refusals.AlreadyHandedOver, ReferralWorkflow.Reassign(r, "IBESR-OU", "x", "p", T0, TimeSpan.FromHours(2)).Refusal);
        r = After(r, ReferralWorkflow.Close(r, ClosureOutcome.FamilyReunified, "", "p", T0));
        Assert.Same(Decision.AlreadyDone, ReferralWorkflow.Close(r, ClosureOutcome.FamilyReunified, "again", "p", T0));
        Assert.Equal(Refusals.AlreadyClosed, ReferralWorkflow.Close(r, ClosureOutcome.PlacedInShelter, "", "p", T0).Refusal);
        Assert.Same(Decision.AlreadyDone, ReferralWorkflow.HandOver(r, "IBESR", T0, "X", "p", T0)); // a late retry
        Assert.Equal(["referred", "acknowledged", "handed_over", "closed"], r.History.Select(s => s.Step));
    }

    [Fact]
    public void An_overdue_alarm_is_raised_once_per_deadline_and_a_reassignment_sets_a_new_one()
    {
        var r = Referred();
        Assert.Null(ReferralWorkflow.Overdue(r, T0.AddHours(2)));
        var alarm = ReferralWorkflow.Overdue(r, T0.AddHours(2).AddSeconds(1));
        Assert.Equal(T0.AddHours(2), alarm!.Deadline);
        r = r.Apply(alarm);
        Assert.Null(ReferralWorkflow.Overdue(r, T0.AddHours(30)));

        r = After(r, ReferralWorkflow.Reassign(r, "IBESR-OU", "famille à Port-au-Prince", "p", T0.AddHours(3), TimeSpan.FromHours(2)));
        Assert.Equal(("IBESR-OU", ReferralStatus.Referred, T0.AddHours(5)), (r.Agency, r.Status, r.AcknowledgeBy));
        Assert.Null(ReferralWorkflow.Overdue(r, T0.AddHours(4)));
        Assert.NotNull(ReferralWorkflow.Overdue(r, T0.AddHours(6)));
        Assert.Same(Decision.AlreadyDone, ReferralWorkflow.Reassign(r, "IBESR-OU", "x", "p", T0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void An_acknowledged_referral_is_never_overdue()
    {
        var r = After(Referred(), ReferralWorkflow.Acknowledge(Referred(), "p", T0.AddHours(3)));
        Assert.Null(ReferralWorkflow.Overdue(r, T0.AddDays(3)));
    }
}
