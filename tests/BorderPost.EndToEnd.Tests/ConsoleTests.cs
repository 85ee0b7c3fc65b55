using BorderPost.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BorderPost.EndToEnd.Tests;

/// <summary>The web console in a real browser (Debian's Chromium), against the whole stack.</summary>
[Collection(StackCollection.Name)]
public sealed class ConsoleTests(BorderPostStack stack) : IAsyncLifetime
{
    private Browser _browser = null!;

    public async Task InitializeAsync() => _browser = await Browser.LaunchAsync();

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        Assert.Empty(_browser.ExternalRequests);
    }

    private Task<IPage> PageAsync() => _browser.NewPageAsync(stack.GatewayUrl);

    [Fact]
    public async Task An_officer_checks_a_document_photo_fills_the_traveller_from_it_and_records_the_crossing()
    {
        var page = await PageAsync();
        await Browser.SignInAsync(page, "officer.oua");
        Assert.EndsWith("/post/crossings", page.Url);

        var photo = Path.Combine(AppContext.BaseDirectory, "Samples", "0002-passport-scan.jpg");
        await page.SetInputFilesAsync("#photo", photo);
        await page.ClickAsync("button[formaction*='handler=Check']");
        var verdict = page.Locator(".verdict");
        await Assertions.Expect(verdict).ToHaveAttributeAsync("data-verdict", "clear");
        await Assertions.Expect(verdict).ToHaveTextAsync("Document conforme");
        await Browser.ScreenshotAsync(page, "officer-document-check");

        await page.ClickAsync("button[formaction*='handler=UseMrz']");
        var surname = await page.InputValueAsync("#surname");
        Assert.False(string.IsNullOrWhiteSpace(surname));
        Assert.Equal("passport", await page.InputValueAsync("#doc-type"));
        await page.ClickAsync("button[formaction*='handler=Save']");
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Passage enregistré.");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync(surname);
        await Browser.ScreenshotAsync(page, "officer-crossings");
    }
}
