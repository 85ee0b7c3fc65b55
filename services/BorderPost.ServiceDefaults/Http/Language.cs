using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace BorderPost.ServiceDefaults.Http;

/// <summary>The user-facing languages: French first, then Haitian Creole and English.</summary>
public enum Language
{
    Fr,
    Ht,
    En,
}

/// <summary>
/// The caller's language, by ASP.NET Core request localisation from <c>Accept-Language</c> (its quality order; a
/// regional tag such as <c>fr-CA</c> counts as its language); French when nothing matches. Numbers and dates on the
/// wire are culture-invariant whatever the language.
/// </summary>
public static class LanguageNegotiation
{
    public static readonly IReadOnlyList<string> Codes = ["fr", "ht", "en"];

    /// <summary>
    /// French, Kreyòl and English as UI cultures, the invariant culture for formatting, and one way to choose:
    /// <c>Accept-Language</c> unless the caller gives another (the console gives its language cookie).
    /// </summary>
    public static RequestLocalizationOptions Options(IRequestCultureProvider? provider = null)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, new CultureInfo("fr")),
            SupportedCultures = [CultureInfo.InvariantCulture],
            SupportedUICultures = [.. Codes.Select(code => new CultureInfo(code))],
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders.Clear();
        options.RequestCultureProviders.Add(provider ?? new AcceptLanguageHeaderRequestCultureProvider { MaximumAcceptLanguageHeaderValuesToTry = 5 });
        return options;
    }

    /// <summary>The culture whose resources hold texts in <paramref name="language"/>.</summary>
    public static CultureInfo Culture(Language language) => Cultures[(int)language];

    private static readonly CultureInfo[] Cultures = [.. Codes.Select(CultureInfo.GetCultureInfo)];

    /// <summary>The language request localisation chose for this request (French outside a request).</summary>
    public static Language PreferredLanguage(this HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName switch
        {
            "ht" => Language.Ht,
            "en" => Language.En,
            _ => Language.Fr,
        };
}
