using BorderPost.HttpApi.Crossings;
using BorderPost.HttpApi.Documents;
using BorderPost.HttpApi.People;
using BorderPost.HttpApi.Protection;

namespace BorderPost.Web.Pages.Post;

/// <summary>
/// Today's crossings at my post and the form to record one: an optional document photo is checked first, its verdict
/// and findings shown next to the form, and the MRZ data offered to fill the traveller.
/// </summary>
// Above the Documents service's own 10 MB limit, so a too-large photo gets its "image" message, not a bare 413.
[RequestSizeLimit(4 * MaxPhotoBytes)]
public sealed class CrossingsModel(CrossingsClient crossings, DocumentsClient documents, MinorTravelClient protection, UiText text) : ConsolePage(text)
{
    public const long MaxPhotoBytes = 10 * 1024 * 1024;

    [BindProperty]
    public CrossingForm F { get; set; } = new();

    public IReadOnlyList<CrossingView> Today { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Points { get; private set; } = [];

    public DocumentCheckView? Check { get; private set; }

    public string Post => User.PostCode() ?? "";

    public async Task OnGetAsync(bool saved = false, Guid? interception = null, Guid? person = null, string? sex = null, Guid? minorCheck = null)
    {
        F.CrossingPoint = Post;
        (F.InterceptionId, F.InterceptedPersonId, F.PriorMinorCheckId) = (interception, person, minorCheck);
        if (interception is not null)
        {
            (F.Sex, F.Direction) = (sex, "exit");
        }
        Notice = saved ? Text["crossings.saved"] : null;
        await LoadAsync();
    }

    /// <summary>The minor-travel check made for this crossing, when the traveller is a minor leaving Haiti.</summary>
    public MinorTravelCheckView? MinorCheck { get; private set; }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (F.NeedsMinorCheck(HaitiCalendar.DayOf(DateTimeOffset.UtcNow)))
        {
            var check = await protection.CheckAsync(F.ToMinorCheck(Post, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
            if (!check.Ok)
            {
                ShowFailure(check, "minor.");
                if (check.Status == StatusCodes.Status409Conflict)
                {
                    F.MinorCheckId = Guid.NewGuid(); // the child's details changed since the last try: the next check is new
                }
                ModelState.Clear();
                await LoadAsync();
                return Page();
            }
            MinorCheck = check.Value;
            if (MinorCheck!.Outcome == MinorTravelCheckValues.Held)
            {
                // Held for protection: no exit is recorded, and IBESR has the referral.
                Alert = Text.Format("crossing.minorHeld", T("holdreason." + MinorCheck.HoldReason), MinorCheck.ReferralAgency ?? "");
                ModelState.Clear();
                await LoadAsync();
                return Page();
            }
        }
        var result = await crossings.RecordAsync(F.ToRequest(Post));
        if (result.Ok)
        {
            return F.InterceptionId is { } group ? RedirectToPage("/Post/Group", new { id = group }) : RedirectToPage(new { saved = true });
        }
        ShowFailure(result);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? photo)
    {
        if (photo is null || photo.Length == 0)
        {
            Alert = Text["crossing.noPhoto"];
            await LoadAsync();
            return Page();
        }
        using var content = new MultipartFormDataContent();
        await using var stream = photo.OpenReadStream();
        content.Add(new StreamContent(stream), "image", photo.FileName);
        content.Add(new StringContent(F.CheckId.ToString()), "checkId");
        content.Add(new StringContent(F.Id.ToString()), "crossingId");
        if (F.DocumentType is DocumentTypes.Passport or DocumentTypes.IdCard or DocumentTypes.Visa)
        {
            content.Add(new StringContent(F.DocumentType), "expectedDocumentType");
        }
        var result = await documents.CheckAsync(content);
        if (result.Ok)
        {
            Check = result.Value;
            F.LastCheckId = F.CheckId;
            F.CheckId = Guid.NewGuid(); // the next photo is another check; a retry of this one kept the same id
        }
        else
        {
            ShowFailure(result);
            if (result.Status == StatusCodes.Status409Conflict)
            {
                F.CheckId = Guid.NewGuid(); // that id was taken by an earlier photo (e.g. after a timeout): the next try is new
            }
        }
        ModelState.Clear();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUseMrzAsync()
    {
        if (F.LastCheckId is { } id)
        {
            var result = await documents.GetAsync(id);
            if (result.Ok)
            {
                Check = result.Value;
                MrzFill.Apply(F, Check?.Mrz?.Fields);
            }
            else
            {
                ShowFailure(result);
            }
        }
        ModelState.Clear();
        await LoadAsync();
        return Page();
    }

    private string T(string key) => Text[key];

    private async Task LoadAsync()
    {
        var list = await crossings.ListAsync(Post, HaitiCalendar.DayOf(DateTimeOffset.UtcNow));
        Today = list.Value?.Items ?? [];
        if (!list.Ok && Alert is null)
        {
            ShowFailure(list);
        }
        var points = await crossings.PointsAsync();
        Points = PointChoices.From(points, Post, F.CrossingPoint);
    }
}
