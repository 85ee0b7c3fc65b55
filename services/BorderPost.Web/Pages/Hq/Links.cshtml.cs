using BorderPost.HttpApi.Reporting;

namespace BorderPost.Web.Pages.Hq;

/// <summary>
/// Headquarters' view of each post node's link: when it last heard from the post, and how far behind the post's
/// messages arrived. Headquarters only (a supervisor sees their post's figures, not the network).
/// </summary>
public sealed class LinksModel(ReportsClient reports, UiText text) : ConsolePage(text)
{
    public IReadOnlyList<PostLinkStatus> Links { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var result = await reports.LinksAsync();
        if (!result.Ok)
        {
            ShowFailure(result);
            return;
        }
        Links = result.Value ?? [];
    }

    /// <summary>A number of seconds as a person reads it: seconds, minutes or hours.</summary>
    public string Duration(double seconds) => seconds switch
    {
        < 90 => Text.Format("links.seconds", (int)Math.Round(seconds)),
        < 5400 => Text.Format("links.minutes", (int)Math.Round(seconds / 60)),
        _ => Text.Format("links.hours", Math.Round(seconds / 3600, 1)),
    };
}
