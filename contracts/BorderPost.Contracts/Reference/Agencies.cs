namespace BorderPost.Contracts.Reference;

/// <summary>
/// The protection agencies that receive referrals: IBESR (Institut du Bien-Être Social et de Recherches, child
/// protection) through its office in each department, and victim services for adult victims of trafficking, coordinated
/// by the CNLTP (Comité national de lutte contre la traite des personnes).
/// </summary>
public static class Agencies
{
    public const string VictimServices = "CNLTP";

    /// <summary>Department codes of Haiti's ten departments.</summary>
    public static IReadOnlyList<string> Departments { get; } = ["OU", "NE", "CE", "SE", "ND", "NO", "AR", "SD", "GA", "NI"];

    public static string Ibesr(string department) => $"IBESR-{department}";

    public static IReadOnlyList<string> ChildProtection { get; } = Departments.Select(Ibesr).ToArray();

    public static bool IsChildProtection(string? code) => code is not null && ChildProtection.Contains(code);

    public static bool IsVictimServices(string? code) => code == VictimServices;

    public static bool IsKnown(string? code) => IsChildProtection(code) || IsVictimServices(code);

    /// <summary>A child goes to an IBESR office; an adult victim to victim services.</summary>
    public static bool Serves(string? code, bool minor) => minor ? IsChildProtection(code) : IsVictimServices(code);

    /// <summary>Where a post refers by default: a child to IBESR's office of the post's department, an adult to victim services.</summary>
    public static string DefaultFor(bool minor, string post) =>
        minor ? Ibesr(Posts.Department.GetValueOrDefault(post, "OU")) : VictimServices;
}
