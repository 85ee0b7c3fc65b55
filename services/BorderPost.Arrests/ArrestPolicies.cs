using BorderPost.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace BorderPost.Arrests;

public static class ArrestPolicies
{
    /// <summary>Officers and supervisors; which post they may touch is checked against the arrest.</summary>
    public const string PostStaff = "post-staff";

    public static AuthorizationBuilder AddArrestPolicies(this AuthorizationBuilder builder) =>
        builder.AddPolicy(PostStaff, p => p.RequireRole(Roles.Officer, Roles.Supervisor).RequireClaim(BorderPostClaims.Post));
}
