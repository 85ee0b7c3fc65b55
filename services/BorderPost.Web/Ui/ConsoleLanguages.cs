using System.Globalization;
using BorderPost.ServiceDefaults.Http;
using Microsoft.AspNetCore.Localization;

namespace BorderPost.Web.Ui;

/// <summary>
/// The console's language is the <c>bp-lang</c> cookie's (<c>fr</c> by default, <c>ht</c>, <c>en</c>), chosen on any
/// page, rather than the browser's <c>Accept-Language</c>: a post's shared laptop speaks what its officer chose.
/// </summary>
public static class ConsoleLanguages
{
    public const string CookieName = "bp-lang";

    public static RequestLocalizationOptions Options() => LanguageNegotiation.Options(new CustomRequestCultureProvider(context =>
        Task.FromResult(context.Request.Cookies[CookieName] is { } code && LanguageNegotiation.Codes.Contains(code)
            ? new ProviderCultureResult(CultureInfo.InvariantCulture.Name, code)
            : null)));
}
