using BorderPost.Documents.Reading;
using BorderPost.Documents.ReviewingChecks;
using BorderPost.ServiceDefaults.Http;

namespace BorderPost.Documents.Tests;

/// <summary>The values the console compares with (BorderPost.HttpApi) are exactly the ones this service answers.</summary>
public class WireValueTests
{
    [Fact]
    public void The_shared_value_lists_are_this_service_s_enums()
    {
        Assert.Equal(EnumText.Allowed<Verdict>(), DocumentCheckValues.Verdicts);
        Assert.Equal(EnumText.Allowed<ReviewDecision>(), DocumentCheckValues.ReviewDecisions);
    }
}
