namespace BorderPost.Identity.Users;

/// <summary>
/// How wrong passwords slow down further tries (OWASP ASVS V2.2.1, NIST SP 800-63B §5.2.2): a few free failures, then a
/// wait that doubles with each failure up to <see cref="MaxWait"/>. Counted per account and client address (an attacker
/// elsewhere never delays the account's owner) and per client address over all accounts (one script cannot sweep them).
/// Nothing locks an account: whoever knows the password signs in after at most the announced wait.
/// </summary>
public sealed class SignInThrottle
{
    public const string SectionName = "SignInThrottle";

    /// <summary>Failures on one account from one address before any wait.</summary>
    public int FreeFailuresPerAccount { get; set; } = 5;

    /// <summary>Failures from one address, on any accounts, before any wait.</summary>
    public int FreeFailuresPerAddress { get; set; } = 20;

    public TimeSpan FirstWait { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A count with no failure for this long starts again from zero.</summary>
    public TimeSpan Forget { get; set; } = TimeSpan.FromMinutes(15);
}
