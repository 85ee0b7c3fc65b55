using static BorderPost.ServiceDefaults.Http.EnumText;

namespace BorderPost.Protection.ScreeningAdults;

/// <summary>
/// What BorderPost proposes from the answers. Trafficking needs an act, a means and a purpose (the Palermo Protocol, as
/// IOM's case data standard records it); smuggling, a payment to cross by someone who consented and is free on arrival:
/// - a means (deception, coercion, debt bondage, abuse of vulnerability, force, or recruitment by abduction) together
///   with a sign of exploitation (a purpose, documents held by others, movement restricted) → probable trafficking
///   victim;
/// - otherwise, paid to cross, consented, and not known to be unfree at destination → smuggled migrant;
/// - otherwise → vulnerable migrant (the person still needs attention; nothing decides either way).
/// The indicators list what led there; the officer decides.
/// </summary>
public static class ScreeningRules
{
    private static readonly IReadOnlyList<string> Smuggling = ["paid_to_cross", "consented"];
    private static readonly IReadOnlyList<string> SmugglingAndFree = [.. Smuggling, "free_at_destination"];

    public static ScreeningProposal Propose(ScreeningAnswers a)
    {
        var means = a.Means.Select(m => $"means.{ToWire(m)}").ToList();
        if (a.Recruitment == Recruitment.Abduction)
        {
            means.Add("recruitment.abduction");
        }
        var exploitation = a.Purposes.Select(p => $"purpose.{ToWire(p)}").ToList();
        if (a.DocumentsControlledByOthers == true)
        {
            exploitation.Add("documents_controlled_by_others");
        }
        if (a.MovementRestricted == true)
        {
            exploitation.Add("movement_restricted");
        }
        if (means.Count > 0 && exploitation.Count > 0)
        {
            return new(ScreeningOutcome.ProbableTraffickingVictim, [.. means, .. exploitation]);
        }
        if (a.PaidToCross == true && a.Consented == true && a.FreeAtDestination != false)
        {
            return new(ScreeningOutcome.SmuggledMigrant, a.FreeAtDestination == true ? SmugglingAndFree : Smuggling);
        }
        return new(ScreeningOutcome.VulnerableMigrant, [.. means, .. exploitation]);
    }
}
