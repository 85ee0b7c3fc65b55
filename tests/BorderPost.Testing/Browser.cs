using Microsoft.Playwright;

namespace BorderPost.Testing;

/// <summary>
/// Debian's Chromium driven by Playwright (headless, never a downloaded browser), one context per test so sessions do
/// not leak. Every request leaving 127.0.0.1 is blocked and recorded: the console must not reach the internet.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public List<string> ExternalRequests { get; } = [];

    public static string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("BORDERPOST_SCREENSHOTS")
        ?? Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<Browser> LaunchAsync()
    {
        // Playwright's 5 s for an expectation is short for a page that waits on a consumer, on a loaded 2-core machine.
        Assertions.SetDefaultExpectTimeout(20_000);
        var browser = new Browser { _playwright = await Playwright.CreateAsync() };
        browser._browser = await browser._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        return browser;
    }

    /// <summary>A fresh page (new cookies) at the gateway, in French unless the test switches.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "fr-HT" });
        var origin = new Uri(baseUrl);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host != origin.Host || url.Port != origin.Port)
            {
                lock (ExternalRequests)
                {
                    ExternalRequests.Add(route.Request.Url);
                }
                await route.AbortAsync();
                return;
            }
            await route.ContinueAsync();
        });
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public static async Task SignInAsync(IPage page, string username, string password = BorderPostStack.DemoPassword)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", password);
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForLoadStateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
