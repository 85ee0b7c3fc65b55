using Microsoft.AspNetCore.Authorization;

namespace BorderPost.Crossings;

public static class CrossingPolicies
{
    /// <summary>Who reads crossing points: post staff (their post's) and the admin (all).</summary>
    public const string PointReaders = "point-readers";

    public static AuthorizationBuilder AddCrossingPolicies(this AuthorizationBuilder builder) =>
        builder
            .AddBorderPostPolicies()
            .AddPolicy(PointReaders, p => p.RequireAssertion(c => c.User.IsInRole(Roles.Admin) || c.User.IsPostStaff()));
}
