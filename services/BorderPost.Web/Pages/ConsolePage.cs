using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BorderPost.Web.Pages;

/// <summary>
/// What every form page shares: the messages a service returned per field (in the user's language), an alert, a
/// notice. A failed submission keeps what the user typed: pages re-render their bound form as it was posted.
/// </summary>
public abstract class ConsolePage(UiText text) : PageModel
{
    protected UiText Text => text;

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, string[]> Errors => _errors;

    public string? Alert { get; protected set; }

    public string? Notice { get; protected set; }

    /// <summary>The messages for the API fields named (e.g. <c>traveller.surname</c>).</summary>
    public IEnumerable<string> ErrorsOf(params string[] fields) =>
        fields.SelectMany(f => Errors.TryGetValue(f, out var messages) ? messages : []);

    /// <summary>The messages for every API field under a prefix (e.g. <c>personsToRefer[0]</c>).</summary>
    public IEnumerable<string> ErrorsUnder(string prefix) =>
        Errors.Where(e => e.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).SelectMany(e => e.Value);

    public bool Invalid(params string[] fields) => ErrorsOf(fields).Any();

    /// <summary>Shows why a call failed: service down (retry is safe), session expired, or the fields to correct.</summary>
    protected void ShowFailure(ApiResult result, string prefix = "")
    {
        foreach (var (field, messages) in result.Errors)
        {
            _errors[prefix + field] = messages;
        }
        Alert = result.Unavailable ? text["common.unavailable"]
            : result.SessionExpired ? text["common.expired"]
            : result.Errors.Count > 0 ? text["common.fix"]
            : result.Title ?? text["common.error"];
    }
}
