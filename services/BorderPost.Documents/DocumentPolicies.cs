using BorderPost.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace BorderPost.Documents;

public static class DocumentPolicies
{
    /// <summary>Officers and supervisors of a post: they submit checks and read their own post's checks.</summary>
    public const string PostStaff = "post-staff";

    /// <summary>Supervisors of a post: they review their post's suspicious and fraudulent checks.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>The admin imports the lost/stolen register.</summary>
    public const string Admin = "admin";

    public static AuthorizationBuilder AddDocumentPolicies(this AuthorizationBuilder builder) =>
        builder.AddPolicy(PostStaff, p => p.RequireRole(Roles.Officer, Roles.Supervisor).RequireClaim(BorderPostClaims.Post))
            .AddPolicy(Supervisor, p => p.RequireRole(Roles.Supervisor).RequireClaim(BorderPostClaims.Post))
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
}
