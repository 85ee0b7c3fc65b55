using Microsoft.AspNetCore.Authorization;

namespace BorderPost.Reporting;

public static class ReportingPolicies
{
    /// <summary>Headquarters, or a supervisor for their own post.</summary>
    public const string TotalsReaders = "totals-readers";

    public static AuthorizationBuilder AddReportingPolicies(this AuthorizationBuilder builder) =>
        builder.AddPolicy(TotalsReaders, p => p.RequireRole(Roles.Hq, Roles.Supervisor));
}
