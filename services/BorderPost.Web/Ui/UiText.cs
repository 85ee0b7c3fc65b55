using System.Globalization;
using BorderPost.ServiceDefaults.Http;
using Microsoft.Extensions.Localization;

namespace BorderPost.Web.Ui;

/// <summary>
/// The console's texts in the request's UI language (<see cref="ConsoleLanguages"/>). Times are shown in Haiti's time
/// zone; the services keep UTC.
/// </summary>
public sealed class UiText(IStringLocalizer<ConsoleTexts> texts)
{
    public const string CookieName = ConsoleLanguages.CookieName;

    public Language Language => LanguageCode switch { "ht" => Language.Ht, "en" => Language.En, _ => Language.Fr };

    public string LanguageCode => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch { "ht" => "ht", "en" => "en", _ => "fr" };

    /// <summary>The text for <paramref name="key"/>; a missing key shows itself (and fails the texts test).</summary>
    public string this[string key] => texts[key];

    /// <summary>The text for <paramref name="key"/> when there is one, else <paramref name="fallback"/> as it is.</summary>
    public string Or(string key, string? fallback) => texts[key] is { ResourceNotFound: false } text ? text.Value : fallback ?? "";

    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>A UTC instant as Haiti's local date and time, e.g. 23/11/2026 09:05.</summary>
    public static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, HaitiCalendar.Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Local(string? isoInstant) =>
        DateTimeOffset.TryParse(isoInstant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? Local(instant) : "";
}
