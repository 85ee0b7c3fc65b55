using System.Security.Claims;

namespace BorderPost.Identity.SigningInAtPosts;

/// <summary>What the post decides alone: pure, so it is tested without a database or a link.</summary>
public static class OfflineSignIn
{
    public enum Result { Issued, Rejected, NotKept, Expired }

    /// <summary>
    /// Whether headquarters' answer for these claims is kept at the post: an officer or supervisor of this post whose
    /// password need not be changed. Anyone else signs in only through headquarters.
    /// </summary>
    public static bool Keeps(ClaimsIdentity claims, string post) =>
        claims.FindFirst(BorderPostClaims.Role)?.Value is Roles.Officer or Roles.Supervisor
        && string.Equals(claims.FindFirst(BorderPostClaims.Post)?.Value, post, StringComparison.OrdinalIgnoreCase)
        && claims.FindFirst(BorderPostClaims.PasswordChangeRequired) is null
        && !string.IsNullOrWhiteSpace(claims.FindFirst(BorderPostClaims.Subject)?.Value);

    public static Result Decide(CachedAccount? account, bool passwordMatches, DateTimeOffset now, TimeSpan lifetime) =>
        account is null ? Result.NotKept
        : now - account.ConfirmedAt > lifetime ? Result.Expired
        : passwordMatches ? Result.Issued
        : Result.Rejected;
}
