using System.Globalization;
using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Post;

/// <summary>
/// Screening an adult of a stopped group: the questionnaire, BorderPost's proposal with the indicators behind it, then
/// the officer's decision with a reason. A probable victim is referred in the same step.
/// </summary>
public sealed class ScreeningModel(MinorTravelClient protection, UiText text) : ConsolePage(text)
{
    [BindProperty]
    public ScreeningForm F { get; set; } = new();

    public ScreeningProposalView? Proposal { get; private set; }

    public ScreeningView? Result { get; private set; }

    public string Post => User.PostCode() ?? "";

    public void OnGet(Guid? interception, Guid? person, string? sex)
    {
        (F.InterceptionId, F.PersonId, F.Sex) = (interception, person, sex);
    }

    /// <summary>An indicator of the proposal in words: <c>means.deception</c> → « tromperie ».</summary>
    public string IndicatorName(string code) => code.Split('.', 2) switch
    {
        ["means", var means] => Text.Or("meansused." + means, code),
        ["purpose", var purpose] => Text.Or("exploitation." + purpose, code),
        ["recruitment", var recruitment] => Text.Or("recruitment." + recruitment, code),
        _ => Text.Or("sign." + code, code),
    };

    public async Task<IActionResult> OnPostProposeAsync()
    {
        var proposal = await protection.ProposeAsync(F.Answers());
        if (proposal.Ok)
        {
            Proposal = proposal.Value;
            F.Outcome ??= Proposal!.Outcome;
        }
        else
        {
            ShowFailure(proposal);
        }
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        var result = await protection.ScreenAsync(F.ToRequest(Post, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        if (result.Ok)
        {
            Result = result.Value;
            Notice = Text["screeningform.saved"];
        }
        else
        {
            ShowFailure(result);
        }
        ModelState.Clear();
        return Page();
    }
}
