using BorderPost.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace BorderPost.Crossings;

public static class CrossingPolicies
{
    /// <summary>Officers and supervisors; which post they may touch is checked against the crossing.</summary>
    public const string PostStaff = "post-staff";

    /// <summary>Voiding a crossing is a supervisor's decision.</summary>
    public const string Supervisor = "supervisor";

    public static AuthorizationBuilder AddCrossingPolicies(this AuthorizationBuilder builder) =>
        builder
            .AddPolicy(PostStaff, p => p.RequireRole(Roles.Officer, Roles.Supervisor).RequireClaim(BorderPostClaims.Post))
            .AddPolicy(Supervisor, p => p.RequireRole(Roles.Supervisor).RequireClaim(BorderPostClaims.Post));
}
