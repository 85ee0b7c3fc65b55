using System.Security.Claims;
using BorderPost.ServiceDefaults.Authentication;
using BorderPost.Testing;
using BorderPost.Web;
using BorderPost.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BorderPost.Reporting.Benchmark;

/// <summary>
/// The console (Web) in this process, on a port of its own, asking Reporting directly for its totals, with the session
/// of a headquarters user signed in as the login page would sign them in: the dashboard page's server time.
/// </summary>
internal sealed class DashboardPage : IAsyncDisposable
{
    private readonly WebApplication _web;

    private DashboardPage(WebApplication web, HttpClient client)
    {
        _web = web;
        Client = client;
    }

    /// <summary>Sends the headquarters user's session cookie.</summary>
    public HttpClient Client { get; }

    public static async Task<DashboardPage> StartAsync(Uri reporting, string hqToken)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var web = WebApp.Build(
        [
            $"--urls={url}",
            $"--contentRoot={Path.Combine(TestSettings.RepositoryRoot, "services", "BorderPost.Web")}",
            "--environment=Testing",
            $"--Web:ApiUrl={reporting}",
            "--Web:SecureCookies=false",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await web.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Add("Cookie", $"bp-session={Session(web.Services, hqToken)}");
        return new DashboardPage(web, client);
    }

    /// <summary>The cookie the login page would set for a headquarters user holding <paramref name="token"/>.</summary>
    private static string Session(IServiceProvider services, string token)
    {
        var identity = new ClaimsIdentity(
            [new Claim(BorderPostClaims.Subject, "hq.benchmark"), new Claim(BorderPostClaims.Name, "hq.benchmark"), new Claim(BorderPostClaims.Role, Roles.Hq)],
            CookieAuthenticationDefaults.AuthenticationScheme, BorderPostClaims.Name, BorderPostClaims.Role);
        var properties = new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) };
        properties.StoreTokens([new AuthenticationToken { Name = ApiClient.TokenName, Value = token }]);
        var cookie = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        return cookie.TicketDataFormat.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), properties, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _web.StopAsync();
        await _web.DisposeAsync();
    }
}
