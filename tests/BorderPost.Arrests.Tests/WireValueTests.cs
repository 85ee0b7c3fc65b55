using BorderPost.ServiceDefaults.Http;

namespace BorderPost.Arrests.Tests;

/// <summary>The console's pick-lists (BorderPost.HttpApi) are exactly the values this service accepts and answers.</summary>
public class WireValueTests
{
    [Fact]
    public void The_shared_value_lists_are_this_service_s_enums()
    {
        Assert.Equal(EnumText.Allowed<Offence>(), ArrestValues.Offences);
        Assert.Equal(EnumText.Allowed<SeizedItemKind>(), ArrestValues.SeizedItemKinds);
        Assert.Equal(EnumText.Allowed<TransferRecipient>(), ArrestValues.TransferRecipients);
        Assert.Equal(EnumText.Allowed<SuspectCustody>(), ArrestValues.Custody);
        Assert.Equal(EnumText.Allowed<DocumentType>(), DocumentTypes.All);
        Assert.Equal(EnumText.Allowed<Intercepting.MeansKind>(), InterceptionValues.Means);
        Assert.Equal(EnumText.Allowed<Intercepting.FoundRole>(), InterceptionValues.Roles);
        Assert.Equal(EnumText.Allowed<Intercepting.RelationKind>(), InterceptionValues.Relations);
        Assert.Equal([HttpApi.Protection.ReferralValues.Minor, HttpApi.Protection.ReferralValues.Victim], EnumText.Allowed<ReferralKind>());
    }
}
