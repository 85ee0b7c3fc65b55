using Microsoft.AspNetCore.Authorization;

namespace BorderPost.Protection;

public static class ProtectionPolicies
{
    /// <summary>Who may see referrals at all: protection officers (their agency's), officers and supervisors (their post's).</summary>
    public const string ReferralReaders = "referral-readers";

    public static AuthorizationBuilder AddProtectionPolicies(this AuthorizationBuilder builder) =>
        builder
            .AddBorderPostPolicies()
            .AddPolicy(ReferralReaders, p => p.RequireAssertion(c => c.User.IsProtectionOfficer() || c.User.IsPostStaff()));
}
