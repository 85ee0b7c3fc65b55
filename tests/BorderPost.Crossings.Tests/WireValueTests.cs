using BorderPost.Crossings.ReferenceData;
using BorderPost.ServiceDefaults.Http;

namespace BorderPost.Crossings.Tests;

/// <summary>The console's pick-lists (BorderPost.HttpApi) are exactly the values this service accepts and answers.</summary>
public class WireValueTests
{
    [Fact]
    public void The_shared_value_lists_are_this_service_s_enums()
    {
        Assert.Equal(EnumText.Allowed<Direction>(), CrossingValues.Directions);
        Assert.Equal(EnumText.Allowed<TravelMode>(), CrossingValues.Modes);
        Assert.Equal(EnumText.Allowed<Purpose>(), CrossingValues.Purposes);
        Assert.Equal(EnumText.Allowed<DocumentType>(), DocumentTypes.All);
        Assert.Equal(EnumText.Allowed<CrossingStatus>(), CrossingValues.Statuses);
        Assert.Equal(EnumText.Allowed<CrossingPointKind>(), CrossingValues.PointKinds);
    }
}
