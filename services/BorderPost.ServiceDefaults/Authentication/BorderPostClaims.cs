using System.Security.Claims;

namespace BorderPost.ServiceDefaults.Authentication;

/// <summary>Claim names in BorderPost tokens and helpers to read them.</summary>
public static class BorderPostClaims
{
    public const string Role = "role";
    public const string Post = "post";
    public const string Agency = "agency";
    public const string Subject = "sub";
    public const string Name = "name";

    /// <summary>On the tokens of a user whose password an admin set: they open only the password change.</summary>
    public const string PasswordChangeRequired = "pwd_change";

    public static string? PostCode(this ClaimsPrincipal user) => user.FindFirst(Post)?.Value;

    public static string UserName(this ClaimsPrincipal user) =>
        user.FindFirst(Subject)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "unknown";

    /// <summary>True when the user works at the given post (officers and supervisors are bound to one).</summary>
    public static bool WorksAt(this ClaimsPrincipal user, string? postCode) =>
        user.PostCode() is { } own && postCode is not null && string.Equals(own, postCode, StringComparison.OrdinalIgnoreCase);
}
