using Microsoft.AspNetCore.Authorization;

namespace BorderPost.ServiceDefaults.Authentication;

/// <summary>The authorisation policies every service means the same way, declared once.</summary>
public static class BorderPostPolicies
{
    /// <summary>Officers and supervisors of a post; which post they may touch is checked against the record.</summary>
    public const string PostStaff = "post-staff";

    /// <summary>Supervisors of a post: voiding crossings, reviewing document checks.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Protection officers of an agency: they work the referrals sent to it.</summary>
    public const string ProtectionOfficer = "protection-officer";

    /// <summary>The administrator: users, registers, crossing points, the read log.</summary>
    public const string Admin = "admin";

    /// <summary>What <see cref="PostStaff"/> requires, for a policy that also admits another role.</summary>
    public static bool IsPostStaff(this System.Security.Claims.ClaimsPrincipal user) =>
        (user.IsInRole(Roles.Officer) || user.IsInRole(Roles.Supervisor)) && user.HasClaim(c => c.Type == BorderPostClaims.Post);

    /// <summary>What <see cref="ProtectionOfficer"/> requires, for a policy that also admits another role.</summary>
    public static bool IsProtectionOfficer(this System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Protection) && user.HasClaim(c => c.Type == BorderPostClaims.Agency);

    public static AuthorizationBuilder AddBorderPostPolicies(this AuthorizationBuilder builder) =>
        builder
            .AddPolicy(PostStaff, p => p.RequireRole(Roles.Officer, Roles.Supervisor).RequireClaim(BorderPostClaims.Post))
            .AddPolicy(Supervisor, p => p.RequireRole(Roles.Supervisor).RequireClaim(BorderPostClaims.Post))
            .AddPolicy(ProtectionOfficer, p => p.RequireRole(Roles.Protection).RequireClaim(BorderPostClaims.Agency))
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
}
