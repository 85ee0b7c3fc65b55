using BorderPost.Protection.CheckingAtPosts;
using BorderPost.Protection.CheckingMinorTravel;
using BorderPost.Protection.Referring;
using BorderPost.Protection.ReferringAtPosts;
using BorderPost.Protection.TravelAuthorisations;

namespace BorderPost.Protection.Tests;

/// <summary>What goes between a post node's Protection and headquarters' keeps every field a check, a referral and its deadline need.</summary>
public sealed class CheckingAtPostsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 14, 30, 0, TimeSpan.FromHours(-5));

    [Fact]
    public void A_check_made_at_a_post_reads_back_at_headquarters_as_the_post_kept_it()
    {
        var child = new ReferredPerson("JEAN-BAPTISTE", "Ti Jak", "M", new DateOnly(2019, 4, 2), null, "HTI");
        var presented = new PresentedAuthorisation("IBESR-NE/7", new DateOnly(2026, 11, 1), "IBESR-NE",
            new AuthorisingParent("JEAN-BAPTISTE", "Marie", ParentRelation.LegalGuardian));
        var e = new MinorTravelChecked(Guid.NewGuid(), "OUA", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), child, Accompaniment.UnrelatedAdult,
            new AccompanyingAdult("le guide", "aucun lien", true, Guid.NewGuid()), presented, Guid.NewGuid(), TravelAuthorisationValues.Revoked,
            MinorTravelOutcome.ReleasedOnOverride, HoldReason.AuthorisationRevoked, new MinorCheckOverride("tante présente", "officer.oua", At),
            null, null, "officer.oua", At);
        var referral = new Referral(Guid.NewGuid(), ReferralKind.Minor, "OUA", "IBESR-NE", ReferralStatus.Referred,
            new ReferralDetails(child, null, false, "fr", [], "", null, null, new MinorDetails(new FoundAt("Gens de Nantes", FoundHow.Alone, ""), null, null)),
            null, "officer.oua", At, At.AddHours(2), null, null, null, null, []);

        var (valid, received) = ChecksFromPosts.Received(ChecksFromPosts.Sent(e, referral))!.Value;

        Assert.Equal(e, received);
        Assert.Equal((e.CheckId, "OUA", child, presented, "Gens de Nantes", "fr", "tante présente"),
            (valid.Id, valid.PostCode, valid.Child, valid.Presented, valid.Place, valid.Language, valid.OverrideReason));
        var cleared = e with { Presented = null, AccompanyingAdult = null, Outcome = MinorTravelOutcome.Cleared, HoldReason = null, Override = null };
        Assert.Equal(cleared, ChecksFromPosts.Received(ChecksFromPosts.Sent(cleared, null))!.Value.Checked);
        Assert.Null(ChecksFromPosts.Received(ChecksFromPosts.Sent(e, null) with { Outcome = "waved_through" }));
    }

    [Fact]
    public void An_officer_s_referral_made_at_a_post_reads_back_at_headquarters_as_the_officer_made_it()
    {
        var details = new ReferralDetails(new ReferredPerson("JOSEPH", "Nadine", "F", null, 24, "HTI"), null, true, "ht",
            [Need.Shelter, Need.Medical], "trouvée au marché", Guid.NewGuid(),
            new VictimDetails([TraffickingIndicator.DebtBondage, TraffickingIndicator.DeceivedAboutWork], ConsentToReferral: true), null);
        var e = new Referred(Guid.NewGuid(), ReferralKind.Victim, "OUA", "CNLTP", Guid.NewGuid(), details, "officer.oua", At, At.AddHours(24));

        var sent = ReferralsFromPosts.Sent(e);
        var received = ReferralsFromPosts.Received(sent)!;

        Assert.Equal((e.ReferralId, ReferralKind.Victim, "OUA", "CNLTP", e.ArrestId), (received.Id, received.Kind, received.PostCode, received.Agency, received.ArrestId));
        Assert.False(received.AgencyChosen); // the post's default agency for a victim
        // Headquarters decides on what it reads as on what the officer sent: a redelivery is a replay, not a conflict.
        var kept = Referral.Create(e);
        Assert.Equal(ReferPerson.Outcome.Replay, ReferPerson.Decide(kept, received, "officer.oua", At, TimeSpan.FromHours(24)).Item1);
        Assert.Contains("debt_bondage", sent.Details.GetRawText(), StringComparison.Ordinal); // codes as words on the wire
        var minorDetails = details with
        {
            Victim = null,
            Minor = new MinorDetails(new FoundAt("Pont", FoundHow.Alone, ""), null, new FamilyContact("PAUL Marie", "mère", "+509", "Fort-Liberté")),
        };
        var minor = e with { Kind = ReferralKind.Minor, Agency = "IBESR-OU", Details = minorDetails };
        Assert.True(ReferralsFromPosts.Received(ReferralsFromPosts.Sent(minor))!.AgencyChosen); // not the post's IBESR office
        Assert.Null(ReferralsFromPosts.Received(sent with { Kind = "witness" }));
        Assert.Null(ReferralsFromPosts.Received(sent with { Details = System.Text.Json.JsonSerializer.SerializeToElement(new { needs = "all" }) }));
    }

    [Fact]
    public void A_post_s_copy_of_an_authorisation_keeps_the_terms_a_check_compares_and_not_the_reason_for_a_revocation()
    {
        var terms = new AuthorisationTerms("IBESR-NE/9", new DateOnly(2026, 11, 1), new DateOnly(2027, 2, 1),
            new AuthorisedChild("DÉSIR", "Rose Anne", new DateOnly(2015, 6, 1), "F"), new AuthorisingParent("DÉSIR", "Marie", ParentRelation.Mother), "Jean");
        var revoked = new TravelAuthorisation(Guid.NewGuid(), terms.Number, terms, "IBESR-NE", "ibesr.ne", At,
            new TravelAuthorisationRevoked(Guid.NewGuid(), "retrait du consentement", "ibesr.ne", At.AddDays(1)));

        var sent = AuthorisationsForPosts.Changed(Guid.NewGuid(), revoked);
        var copy = AuthorisationsForPosts.CopyOf(sent)!;

        Assert.Equal((revoked.Id, terms, "IBESR-NE", At, At.AddDays(1)), (copy.Id, copy.Terms, copy.IssuingOffice, copy.RecordedAt, copy.Revocation!.RevokedAt));
        Assert.DoesNotContain("consentement", System.Text.Json.JsonSerializer.Serialize(sent), StringComparison.Ordinal);
        Assert.Equal(TravelAuthorisationValues.Revoked, copy.StatusOn(new DateOnly(2026, 12, 1)));
        Assert.Null(AuthorisationsForPosts.CopyOf(sent with { AuthorisingParent = sent.AuthorisingParent with { Relation = "aunt" } }));
    }
}
