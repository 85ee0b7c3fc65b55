using System.Diagnostics;
using System.Net;
using BorderPost.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderPost.FaultInjection.Tests;

/// <summary>
/// A post node with its own database and broker, linked to headquarters by RabbitMQ federation
/// (<c>deploy/link-post.sh</c>): it keeps recording while the link is cut, and headquarters counts every crossing
/// exactly once when the link returns.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class PostNodeTests(BorderPostStack stack, ITestOutputHelper output)
{
    private readonly HttpClient _hq = stack.CreateClient();

    [Fact]
    public async Task A_post_records_while_its_link_is_cut_and_headquarters_counts_each_crossing_once_when_it_returns()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var analyst = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(78);
        var cutDay = Api.Day(79);
        await using var post = await PostNode.StartAsync(stack, "OUA");
        using var atPost = post.CreateClient();

        // Link up: the post's crossings reach headquarters.
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await atPost.RecordAsync(officer, Api.Crossing(day))).StatusCode);
        }
        Assert.Equal(10, await _hq.WaitForTotalAsync(analyst, day, 10, post: "OUA", timeout: TimeSpan.FromSeconds(60)));
        Assert.True(await Api.EventuallyAsync(async () => (await LinkAsync(analyst))?["state"]?.GetValue<string>() == "connected"),
            "headquarters never heard the post's heartbeat");

        // Link cut: the post accepts every write; headquarters sees none of them.
        post.Link.Stop();
        const int WhileCut = 30;
        var accepted = 0;
        try
        {
            for (var i = 0; i < WhileCut; i++)
            {
                var response = await atPost.RecordAsync(officer, Api.Crossing(cutDay, direction: i % 2 == 0 ? "entry" : "exit"));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    accepted++;
                }
            }
            Assert.Equal(WhileCut, accepted);
            Assert.True(await Api.HoldsAsync(async () => (int)(await _hq.TotalsAsync(analyst, cutDay, cutDay))["total"]! == 0,
                TimeSpan.FromSeconds(5)), "headquarters counted crossings while the link was cut");
            var silent = await LinkAsync(analyst);
            Assert.Equal("silent", (string?)silent!["state"]);
            Assert.True((double)silent["secondsSinceHeard"]! >= 3, silent.ToJsonString());
        }
        finally
        {
            post.Link.Start();
        }

        // Link back: every crossing arrives, once.
        var restored = Stopwatch.StartNew();
        Assert.Equal(WhileCut, await _hq.WaitForTotalAsync(analyst, cutDay, WhileCut, post: "OUA", timeout: TimeSpan.FromSeconds(90)));
        output.WriteLine($"converged {restored.Elapsed.TotalSeconds:F1} s after the link returned (including a 2 s check for doubles)");
        var rows = (await _hq.TotalsAsync(analyst, cutDay, cutDay))["rows"]!.AsArray();
        Assert.Equal(WhileCut / 2, (int)rows.Single(r => (string?)r!["category"] == "crossing.entry")!["count"]!);
        Assert.Equal(WhileCut / 2, (int)rows.Single(r => (string?)r!["category"] == "crossing.exit")!["count"]!);
        Assert.Equal(10, (int)(await _hq.TotalsAsync(analyst, day, day))["total"]!);

        // Headquarters hears the post again; the link's delay falls back once the backlog has drained.
        Assert.True(await Api.EventuallyAsync(async () => await LinkAsync(analyst) is { } link
            && (string?)link["state"] == "connected" && (double)link["behindSeconds"]! < 2), (await LinkAsync(analyst))?.ToJsonString());
        var links = await _hq.GetJsonArrayAsync("/api/reports/links", analyst);
        Assert.Equal(["OUA"], links.Select(l => (string)l!["post"]!)); // headquarters' own services send no heartbeat

        // And in the console, for headquarters.
        var browser = await Browser.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(stack.GatewayUrl);
            await Browser.SignInAsync(page, "hq.analyst");
            await page.GotoAsync("/hq/links");
            await Assertions.Expect(page.Locator("#links tr[data-post='OUA'] td").Nth(1)).ToHaveTextAsync("Reliée");
            await Browser.ScreenshotAsync(page, "hq-post-links");
        }
        finally
        {
            await browser.DisposeAsync();
        }
    }

    private async Task<System.Text.Json.Nodes.JsonNode?> LinkAsync(string token) =>
        (await _hq.GetJsonArrayAsync("/api/reports/links", token)).SingleOrDefault(l => (string?)l!["post"] == "OUA");
}
