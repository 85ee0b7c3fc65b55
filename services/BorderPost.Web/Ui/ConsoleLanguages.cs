using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace BorderPost.Web.Ui;

/// <summary>
/// ASP.NET Core request localisation for the console: the UI language is the <c>bp-lang</c> cookie's (<c>fr</c> by
/// default, <c>ht</c>, <c>en</c>), chosen on any page. Numbers and dates are formatted the same in every language
/// (the pages format times in Haiti's zone themselves).
/// </summary>
public static class ConsoleLanguages
{
    public const string CookieName = "bp-lang";

    public static readonly IReadOnlyList<string> Codes = ["fr", "ht", "en"];

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, new CultureInfo("fr")),
            SupportedCultures = [CultureInfo.InvariantCulture],
            SupportedUICultures = [.. Codes.Select(code => new CultureInfo(code))],
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders.Clear();
        options.RequestCultureProviders.Add(new CustomRequestCultureProvider(context =>
            Task.FromResult(context.Request.Cookies[CookieName] is { } code && Codes.Contains(code)
                ? new ProviderCultureResult(CultureInfo.InvariantCulture.Name, code)
                : null)));
        return options;
    }
}
