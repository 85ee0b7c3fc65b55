using System.Globalization;
using BorderPost.ServiceDefaults.Http;

namespace BorderPost.Web.Ui;

/// <summary>
/// The user's language (cookie <c>bp-lang</c>: <c>fr</c> by default, <c>ht</c>, <c>en</c>) and the console's texts in it.
/// Times are shown in Haiti's time zone; the services keep UTC.
/// </summary>
public sealed class UiText(IHttpContextAccessor accessor)
{
    public const string CookieName = "bp-lang";

    public Language Language => (accessor.HttpContext?.Request.Cookies[CookieName]) switch
    {
        "ht" => Language.Ht,
        "en" => Language.En,
        _ => Language.Fr,
    };

    public string LanguageCode => Language switch { Language.Ht => "ht", Language.En => "en", _ => "fr" };

    /// <summary>The text for <paramref name="key"/>; a missing key shows itself (and fails the texts test).</summary>
    public string this[string key] => Texts.All.TryGetValue(key, out var text) ? text.In(Language) : key;

    /// <summary>The text for <paramref name="key"/> when there is one, else <paramref name="fallback"/> as it is.</summary>
    public string Or(string key, string? fallback) => Texts.All.TryGetValue(key, out var text) ? text.In(Language) : fallback ?? "";

    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>A UTC instant as Haiti's local date and time, e.g. 23/11/2026 09:05.</summary>
    public static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, HaitiCalendar.Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Local(string? isoInstant) =>
        DateTimeOffset.TryParse(isoInstant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? Local(instant) : "";
}
