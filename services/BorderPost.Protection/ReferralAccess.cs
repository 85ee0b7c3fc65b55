using System.Security.Claims;

namespace BorderPost.Protection;

/// <summary>
/// Who may see a referral: protection officers of the agency it is with, and officers and supervisors of the post that
/// referred the person. Nobody else — not headquarters, not an admin, not another post or agency.
/// </summary>
public static class ReferralAccess
{
    public static string? AgencyCode(this ClaimsPrincipal user) => user.FindFirst(BorderPostClaims.Agency)?.Value.ToUpperInvariant();

    public static bool IsWithAgency(ClaimsPrincipal user, Referral r) =>
        user.IsInRole(Roles.Protection) && string.Equals(user.AgencyCode(), r.Agency, StringComparison.OrdinalIgnoreCase);

    public static bool IsOfPost(ClaimsPrincipal user, Referral r) =>
        (user.IsInRole(Roles.Officer) || user.IsInRole(Roles.Supervisor)) && user.WorksAt(r.PostCode);

    public static bool MaySee(ClaimsPrincipal user, Referral r) => IsWithAgency(user, r) || IsOfPost(user, r);

    /// <summary>Overdue alarms are for protection officers and supervisors, not for every officer.</summary>
    public static bool SeesAlarms(ClaimsPrincipal user) => user.IsInRole(Roles.Protection) || user.IsInRole(Roles.Supervisor);
}
