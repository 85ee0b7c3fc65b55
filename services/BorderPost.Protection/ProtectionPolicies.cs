using BorderPost.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace BorderPost.Protection;

public static class ProtectionPolicies
{
    /// <summary>Who may see referrals at all: protection officers (their agency's), officers and supervisors (their post's).</summary>
    public const string ReferralReaders = "referral-readers";

    /// <summary>Who refers a person: officers and supervisors, for their own post.</summary>
    public const string PostStaff = "post-staff";

    /// <summary>Who works a referral: protection officers of the agency it is with.</summary>
    public const string ProtectionOfficer = "protection-officer";

    /// <summary>Who lists the record of reads of referral details.</summary>
    public const string Auditor = "auditor";

    public static AuthorizationBuilder AddProtectionPolicies(this AuthorizationBuilder builder) =>
        builder
            .AddPolicy(ReferralReaders, p => p.RequireAssertion(c =>
                (c.User.IsInRole(Roles.Protection) && c.User.HasClaim(x => x.Type == BorderPostClaims.Agency))
                || ((c.User.IsInRole(Roles.Officer) || c.User.IsInRole(Roles.Supervisor)) && c.User.HasClaim(x => x.Type == BorderPostClaims.Post))))
            .AddPolicy(PostStaff, p => p.RequireRole(Roles.Officer, Roles.Supervisor).RequireClaim(BorderPostClaims.Post))
            .AddPolicy(ProtectionOfficer, p => p.RequireRole(Roles.Protection).RequireClaim(BorderPostClaims.Agency))
            .AddPolicy(Auditor, p => p.RequireRole(Roles.Admin));
}
