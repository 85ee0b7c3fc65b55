using BorderPost.Identity.Users;

namespace BorderPost.Identity.IssuingTokens;

/// <summary>The sign-in decision once the throttle let the attempt through: pure, so it is tested without a database.</summary>
public static class SignIn
{
    public enum Result { Issued, Rejected, Disabled }

    public static Result Decide(UserAccount? user, bool passwordMatches) =>
        user is null ? Result.Rejected
        : user.Disabled ? Result.Disabled
        : passwordMatches ? Result.Issued
        : Result.Rejected;
}
