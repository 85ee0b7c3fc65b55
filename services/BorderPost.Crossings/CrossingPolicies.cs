using BorderPost.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace BorderPost.Crossings;

public static class CrossingPolicies
{
    /// <summary>Officers and supervisors; which post they may touch is checked against the crossing.</summary>
    public const string PostStaff = "post-staff";

    /// <summary>Voiding a crossing is a supervisor's decision.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>The admin manages the register of crossing points.</summary>
    public const string Admin = "admin";

    /// <summary>Who reads crossing points: post staff (their post's) and the admin (all).</summary>
    public const string PointReaders = "point-readers";

    public static AuthorizationBuilder AddCrossingPolicies(this AuthorizationBuilder builder) =>
        builder
            .AddPolicy(PostStaff, p => p.RequireRole(Roles.Officer, Roles.Supervisor).RequireClaim(BorderPostClaims.Post))
            .AddPolicy(Supervisor, p => p.RequireRole(Roles.Supervisor).RequireClaim(BorderPostClaims.Post))
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(PointReaders, p => p.RequireAssertion(c => c.User.IsInRole(Roles.Admin)
                || ((c.User.IsInRole(Roles.Officer) || c.User.IsInRole(Roles.Supervisor)) && c.User.HasClaim(x => x.Type == BorderPostClaims.Post))));
}
