using BorderPost.ServiceDefaults.Http;

namespace BorderPost.Protection.Tests;

/// <summary>The console's pick-lists (BorderPost.HttpApi) are exactly the values this service accepts and answers.</summary>
public class WireValueTests
{
    [Fact]
    public void The_shared_value_lists_are_this_service_s_enums()
    {
        Assert.Equal(EnumText.Allowed<ReferralKind>(), ReferralValues.Kinds);
        Assert.Equal(EnumText.Allowed<ReferralStatus>(), ReferralStatuses.All);
        Assert.Equal(EnumText.Allowed<ClosureOutcome>(), ClosureOutcomes.All);
        Assert.Equal(EnumText.Allowed<Need>(), ReferralValues.Needs);
        Assert.Equal(EnumText.Allowed<TraffickingIndicator>(), ReferralValues.Indicators);
        Assert.Equal(EnumText.Allowed<FoundHow>().Order(), ReferralValues.FoundHow.Order());
        Assert.Equal(EnumText.Allowed<TravelAuthorisations.ParentRelation>(), TravelAuthorisationValues.Relations);
        Assert.Equal(EnumText.Allowed<ScreeningAdults.Recruitment>(), ScreeningValues.Recruitments);
        Assert.Equal(EnumText.Allowed<ScreeningAdults.MeansUsed>(), ScreeningValues.Means);
        Assert.Equal(EnumText.Allowed<ScreeningAdults.ExploitationPurpose>(), ScreeningValues.Purposes);
        Assert.Equal(EnumText.Allowed<ScreeningAdults.ScreeningOutcome>(), ScreeningValues.Outcomes);
        Assert.Equal(EnumText.Allowed<CheckingMinorTravel.Accompaniment>(), MinorTravelCheckValues.Accompaniments);
        Assert.Equal(EnumText.Allowed<CheckingMinorTravel.MinorTravelOutcome>(), MinorTravelCheckValues.Outcomes);
        Assert.Equal(EnumText.Allowed<CheckingMinorTravel.HoldReason>(), MinorTravelCheckValues.HoldReasons);
    }
}
