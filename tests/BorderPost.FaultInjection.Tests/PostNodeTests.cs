using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderPost.ServiceDefaults.Authentication;
using BorderPost.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
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
        // The post sees its link up, and headquarters' own Crossings that it has no link.
        Assert.True(await Api.EventuallyAsync(async () => (string?)(await PostLinkAsync(atPost, officer))["state"] == "connected"));
        Assert.Equal("headquarters", (string?)(await _hq.GetJsonAsync("/api/crossings/link", officer))["state"]);

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
            // The post sees its link cut, and its crossings waiting for headquarters (heartbeats wait too).
            // (The broker's management API refreshes its figures every few seconds.)
            Assert.True(await Api.EventuallyAsync(async () => await PostLinkAsync(atPost, officer) is { } cut
                && (string?)cut["state"] == "cut" && (long)cut["waiting"]! >= WhileCut), (await PostLinkAsync(atPost, officer)).ToJsonString());
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
        Assert.True(await Api.EventuallyAsync(async () => await PostLinkAsync(atPost, officer) is { } back
            && (string?)back["state"] == "connected" && (long)back["waiting"]! == 0), (await PostLinkAsync(atPost, officer)).ToJsonString());

        // Headquarters hears the post again; the link's delay falls back once the backlog has drained.
        Assert.True(await Api.EventuallyAsync(async () => await LinkAsync(analyst) is { } link
            && (string?)link["state"] == "connected" && (double)link["behindSeconds"]! < 2), (await LinkAsync(analyst))?.ToJsonString());
        var links = await _hq.GetJsonArrayAsync("/api/reports/links", analyst);
        Assert.DoesNotContain("HQ", links.Select(l => (string)l!["post"]!)); // headquarters' own services send no heartbeat

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

    [Fact]
    public async Task Officers_of_the_post_sign_in_there_while_its_link_is_down_on_the_account_headquarters_last_confirmed()
    {
        // An officer of the post whom headquarters will disable.
        var admin = await stack.Tokens.SignInAsync("admin");
        var leaving = $"agent.{Guid.NewGuid():N}"[..20];
        const string LeavingPassword = "mot-de-passe-du-poste";
        Assert.Equal(HttpStatusCode.Created, (await _hq.PostJsonAsync("/api/users", admin, new JsonObject
        {
            ["username"] = leaving,
            ["displayName"] = "Agent en partance",
            ["role"] = "officer",
            ["post"] = "OUA",
            ["password"] = LeavingPassword,
        })).StatusCode);
        await using var post = await PostNode.StartAsync(stack, "OUA");
        using var identity = post.CreateIdentityClient();
        using var atPost = post.CreateClient();
        var headquartersKey = SigningKeys.KeyId(stack.SigningKey);
        var postKey = SigningKeys.KeyId(post.SigningKey);

        // Link up: headquarters decides and signs; the post keeps its own officers, not the others.
        var online = await SignInAsync(identity, "officer.oua");
        Assert.Equal(HttpStatusCode.OK, online.StatusCode);
        Assert.Equal(headquartersKey, new JsonWebToken(await TokenOf(online)).Kid);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(identity, leaving, LeavingPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(identity, "protection.ibesr")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(identity, "supervisor.oua", "pas-le-bon-mot")).StatusCode);
        // Headquarters disables one: the post learns it at the next sign-in, and forgets the account.
        Assert.Equal(HttpStatusCode.OK, (await _hq.PostJsonAsync($"/api/users/{leaving}/disable", admin, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(identity, leaving, LeavingPassword)).StatusCode);

        post.SetLink(up: false);
        try
        {
            // Link down: the kept officer signs in on the post's own key, which the post's services trust and headquarters' do not.
            var watch = Stopwatch.StartNew();
            var alone = await SignInAsync(identity, "officer.oua");
            output.WriteLine($"signed in at the post alone in {watch.ElapsedMilliseconds} ms");
            Assert.Equal(HttpStatusCode.OK, alone.StatusCode);
            Assert.Equal("post", alone.Headers.GetValues("BorderPost-Signed-In-At").Single());
            var token = await TokenOf(alone);
            var claims = new JsonWebToken(token);
            Assert.Equal((postKey, "officer", "OUA"), (claims.Kid, claims.GetClaim("role").Value, claims.GetClaim("post").Value));
            Assert.Equal(HttpStatusCode.Created, (await atPost.RecordAsync(token, Api.Crossing(Api.Day(80)))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await _hq.RecordAsync(token, Api.Crossing(Api.Day(80)))).StatusCode);

            // A wrong password is refused; the disabled account, a supervisor never accepted here and IBESR's officer
            // are told headquarters cannot be reached, in the caller's language.
            var wrong = await SignInAsync(identity, "officer.oua", "pas-le-bon-mot");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
            foreach (var (username, password) in new[] { (leaving, LeavingPassword), ("supervisor.oua", BorderPostStack.DemoPassword), ("protection.ibesr", BorderPostStack.DemoPassword) })
            {
                var refused = await SignInAsync(identity, username, password);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
                Assert.Contains("Le siège est injoignable", (string?)(await refused.ProblemAsync())["title"]);
            }
            var english = await SignInAsync(identity, "protection.ibesr", language: "en");
            Assert.Contains("within the last 3 days", (string?)(await english.ProblemAsync())["detail"]);
            var bad = await identity.PostAsJsonAsync("/api/auth/token", new { username = "", password = "" });
            Assert.Equal(["password", "username"], (await bad.ProblemAsync()).ErrorFields().Order());
        }
        finally
        {
            post.SetLink(up: true);
        }

        // Link back: headquarters signs again.
        var back = await SignInAsync(identity, "officer.oua");
        Assert.Equal(headquartersKey, new JsonWebToken(await TokenOf(back)).Kid);
    }

    [Fact]
    public async Task A_post_forgets_an_account_headquarters_disabled_or_reset_and_a_change_made_while_its_link_is_cut_when_it_returns()
    {
        var admin = await stack.Tokens.SignInAsync("admin");
        var supervisor = await stack.Tokens.SignInAsync("supervisor.oua");
        const string Password = "mot-de-passe-du-poste";
        var (dismissed, reset) = (await NewOfficerAsync(admin, Password), await NewOfficerAsync(admin, Password));
        await using var post = await PostNode.StartAsync(stack, "OUA");
        using var identity = post.CreateIdentityClient();
        foreach (var username in new[] { dismissed, reset, "officer.oua" })
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(identity, username, username == "officer.oua" ? BorderPostStack.DemoPassword : Password)).StatusCode);
        }
        var kept = await KeptAsync();
        Assert.Superset(new HashSet<string> { dismissed, reset, "officer.oua" }, kept.ToHashSet());
        // Who the post keeps is the post's supervisor's (and the admin's) to see; never a password or a hash.
        var listing = (await identity.GetJsonArrayAsync("/api/auth/post-accounts", supervisor)).Single(a => (string?)a!["username"] == reset)!.AsObject();
        Assert.Equal(["confirmedAt", "displayName", "role", "usableAloneUntil", "username"], listing.Select(p => p.Key).Order());
        Assert.Equal(HttpStatusCode.Forbidden, (await identity.SendAsync(HttpMethod.Get, "/api/auth/post-accounts", await stack.Tokens.SignInAsync("officer.oua"))).StatusCode);
        var otherPost = await identity.SendAsync(HttpMethod.Get, "/api/auth/post-accounts", Tokens.Mint(stack.SigningKey, "supervisor", "MAL", TimeSpan.FromMinutes(5)));
        Assert.Equal(HttpStatusCode.Forbidden, otherPost.StatusCode);
        Assert.Equal("application/problem+json", otherPost.Content.Headers.ContentType?.MediaType);

        // Disabled at headquarters with the link up: the post forgets the account at once, before anyone signs in.
        Assert.Equal(HttpStatusCode.OK, (await _hq.PostJsonAsync($"/api/users/{dismissed}/disable", admin, null)).StatusCode);
        Assert.True(await Api.EventuallyAsync(async () => !(await KeptAsync()).Contains(dismissed), TimeSpan.FromSeconds(90)));
        Assert.Contains(reset, await KeptAsync());

        // Reset at headquarters while the link is cut: the post cannot know yet; it forgets when the link returns.
        post.SetLink(up: false);
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await _hq.PostJsonAsync($"/api/users/{reset}/password", admin, new JsonObject { ["password"] = "nouveau-mot-de-passe" })).StatusCode);
            Assert.True(await Api.HoldsAsync(async () => (await KeptAsync()).Contains(reset), TimeSpan.FromSeconds(2)));
            post.SetLink(up: true);
            var restored = Stopwatch.StartNew();
            Assert.True(await Api.EventuallyAsync(async () => !(await KeptAsync()).Contains(reset), TimeSpan.FromSeconds(90)));
            output.WriteLine($"the reset reached the post {restored.Elapsed.TotalSeconds:F1} s after the link returned");

            // With the link down again, neither the old password of the reset account nor the disabled one signs in alone.
            post.SetLink(up: false);
            foreach (var username in new[] { reset, dismissed })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, (await SignInAsync(identity, username, Password)).StatusCode);
            }
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(identity, "officer.oua")).StatusCode);
        }
        finally
        {
            post.SetLink(up: true);
        }

        async Task<List<string>> KeptAsync() =>
            [.. (await identity.GetJsonArrayAsync("/api/auth/post-accounts", supervisor)).Select(a => (string)a!["username"]!)];
    }

    private async Task<string> NewOfficerAsync(string admin, string password)
    {
        var username = $"agent.{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await _hq.PostJsonAsync("/api/users", admin, new JsonObject
        {
            ["username"] = username,
            ["displayName"] = "Agent du poste",
            ["role"] = "officer",
            ["post"] = "OUA",
            ["password"] = password,
        })).StatusCode);
        return username;
    }

    [Fact]
    public async Task A_post_sees_the_agency_acknowledge_its_referrals_and_an_acknowledgement_made_while_its_link_is_cut_when_it_returns()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var ibesr = await stack.Tokens.SignInAsync("protection.ibesr");
        await using var post = await PostNode.StartAsync(stack, "OUA", withArrests: true, withConsole: true);
        using var atPost = post.CreateArrestsClient();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        // An arrest at the post with two children to refer: it goes up, headquarters' Protection opens the referrals,
        // and the post hears of them.
        var arrest = ProtectionApi.Arrest(Api.Day(83), "OUA", persons: [(first, "minor"), (second, "minor")]);
        Assert.Equal(HttpStatusCode.Created, (await atPost.PostJsonAsync("/api/arrests", officer, arrest)).StatusCode);
        Assert.True(await Api.EventuallyAsync(async () => await StatusAsync(first) == "awaiting" && await StatusAsync(second) == "awaiting",
            TimeSpan.FromSeconds(60)), (await ProgressAsync()).ToJsonString());
        var opened = (await ProgressAsync()).Single(r => (Guid)r!["referralId"]! == first)!;
        Assert.Equal(((string?)arrest["id"], "minor", "IBESR-NE"), ((string?)opened["arrestId"], (string?)opened["kind"], (string?)opened["agency"]));
        Assert.DoesNotContain("JOSEPH", (await ProgressAsync()).ToJsonString(), StringComparison.Ordinal);

        // IBESR acknowledges one at headquarters: the post sees it.
        Assert.True((await _hq.PostJsonAsync($"/api/referrals/{first}/acknowledge", ibesr, null)).IsSuccessStatusCode);
        Assert.True(await Api.EventuallyAsync(async () => await StatusAsync(first) == "acknowledged", TimeSpan.FromSeconds(90)));

        // The officer follows them in the post's console, from headquarters' Protection while the link is up.
        var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(post.GatewayUrl);
        await Browser.SignInAsync(page, "officer.oua");
        await page.GotoAsync("/post/referrals");
        await Assertions.Expect(page.Locator($"tr[data-referral='{second}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#referrals-at-post")).ToHaveCountAsync(0);

        // The other while the post's link is cut: the post still answers from its copy, and learns it when the link returns.
        post.SetLink(up: false);
        try
        {
            Assert.True((await _hq.PostJsonAsync($"/api/referrals/{second}/acknowledge", ibesr, null)).IsSuccessStatusCode);
            Assert.True(await Api.HoldsAsync(async () => await StatusAsync(second) == "awaiting", TimeSpan.FromSeconds(2)));

            // The post's console: Protection is out of reach, so the page shows the post's own copy, and says so.
            await page.ReloadAsync();
            await Assertions.Expect(page.Locator("#referrals-at-post")).ToContainTextAsync("Le siège est injoignable");
            await Assertions.Expect(page.Locator($"tr[data-referral='{first}']")).ToHaveAttributeAsync("data-status", "acknowledged");
            await Assertions.Expect(page.Locator($"tr[data-referral='{second}'] td").Nth(4)).ToHaveTextAsync("Référé — réception à accuser");
            await Browser.ScreenshotAsync(page, "post-referrals-link-down");
            // The post's gateway is still ready: what lies across the link is not part of its readiness.
            using var postGateway = new HttpClient { BaseAddress = new Uri(post.GatewayUrl) };
            Assert.Equal(HttpStatusCode.OK, (await postGateway.GetAsync("/health/ready")).StatusCode);
            post.SetLink(up: true);
            var restored = Stopwatch.StartNew();
            Assert.True(await Api.EventuallyAsync(async () => await StatusAsync(second) == "acknowledged", TimeSpan.FromSeconds(90)));
            output.WriteLine($"the acknowledgement reached the post {restored.Elapsed.TotalSeconds:F1} s after the link returned");
        }
        finally
        {
            post.SetLink(up: true);
            await browser.DisposeAsync();
        }

        // The post's own staff only, and a clear problem for a request without a post.
        Assert.Equal(HttpStatusCode.Forbidden, (await atPost.SendAsync(HttpMethod.Get, "/api/arrests/referrals?post=OUA", ibesr)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await atPost.SendAsync(HttpMethod.Get, "/api/arrests/referrals?post=MAL", officer)).StatusCode);
        Assert.Equal(["post"], (await (await atPost.SendAsync(HttpMethod.Get, "/api/arrests/referrals", officer)).ProblemAsync()).ErrorFields());

        async Task<JsonArray> ProgressAsync() => await atPost.GetJsonArrayAsync("/api/arrests/referrals?post=OUA", officer);

        async Task<string?> StatusAsync(Guid referral) =>
            (string?)(await ProgressAsync()).SingleOrDefault(r => (Guid)r!["referralId"]! == referral)?["status"];
    }

    [Fact]
    public async Task A_post_checks_minors_on_its_copy_of_IBESRs_authorisations_while_its_link_is_cut_and_headquarters_refers_the_held_child_when_it_returns()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var ibesr = await stack.Tokens.SignInAsync("protection.ibesr");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5));
        var group = Guid.NewGuid(); // a stopped group the held child was found in
        var (number, earlier) = ($"IBESR-NE/{Guid.NewGuid().ToString("N")[..8]}", $"IBESR-NE/{Guid.NewGuid().ToString("N")[..8]}");
        await using (var published = await MessageProbe.StartAsync<BorderPost.Contracts.Protection.TravelAuthorisationChanged>(stack.RabbitUri))
        {
            Assert.Equal(HttpStatusCode.Created, (await _hq.PostJsonAsync("/api/travel-authorisations", ibesr, Authorisation(earlier, "PAUL"))).StatusCode);
            await published.WaitForAsync(m => string.Equals(m.Number, earlier, StringComparison.OrdinalIgnoreCase)); // gone from headquarters' outbox before the post is linked
        }
        await using var post = await PostNode.StartAsync(stack, "OUA", withProtection: true, withConsole: true);
        using var atPost = new HttpClient { BaseAddress = new Uri(post.GatewayUrl), Timeout = TimeSpan.FromSeconds(30) };

        // IBESR issues an authorisation at headquarters: it comes down to the post.
        var issued = Authorisation(number, "DÉSIR");
        Assert.Equal(HttpStatusCode.Created, (await _hq.PostJsonAsync("/api/travel-authorisations", ibesr, issued)).StatusCode);
        Assert.True(await Api.EventuallyAsync(async () => (int)(await CopyAsync())["authorisations"]! == 1, TimeSpan.FromSeconds(90)),
            (await CopyAsync()).ToJsonString());
        // The one issued before the post was linked comes when the admin sends them again (not for an officer to do).
        Assert.Equal(HttpStatusCode.Forbidden, (await _hq.PostJsonAsync("/api/travel-authorisations/send-to-posts", officer, null)).StatusCode);
        var sent = await _hq.PostJsonAsync("/api/travel-authorisations/send-to-posts", await stack.Tokens.SignInAsync("admin"), null);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(2, (int)(await sent.Content.ReadFromJsonAsync<JsonObject>())!["authorisations"]!);
        Assert.True(await Api.EventuallyAsync(async () => (int)(await CopyAsync())["authorisations"]! == 2, TimeSpan.FromSeconds(90)),
            (await CopyAsync()).ToJsonString());
        Assert.Equal(("OUA", 0), ((string?)(await CopyAsync())["node"], (int)(await CopyAsync())["revoked"]!));
        Assert.Equal("cleared", (string?)(await CheckAsync(Rose()))["outcome"]);

        // The officer signs in at the post's console while the link is up.
        var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(post.GatewayUrl);
        await Browser.SignInAsync(page, "officer.oua");

        // The link is cut and IBESR revokes it: the post still checks minors, on the copy it has.
        post.SetLink(up: false);
        Guid rose, alone, referral;
        try
        {
            // In the console too: a child alone is held for protection, and IBESR's office is named.
            await page.GotoAsync("/post/minor-check");
            await page.FillAsync("#given-names", "Lourdes");
            await page.FillAsync("#age", "6");
            await page.SelectOptionAsync("#sex", "F");
            await page.SelectOptionAsync("#accompanied", "alone");
            await page.ClickAsync("#check-minor");
            await Assertions.Expect(page.Locator("#minor-check-result")).ToContainTextAsync("retenu pour protection");
            await Assertions.Expect(page.Locator("#minor-check-result")).ToContainTextAsync("IBESR-NE");
            await Browser.ScreenshotAsync(page, "post-minor-check-link-down");

            Assert.Equal(HttpStatusCode.OK, (await _hq.PostJsonAsync($"/api/travel-authorisations/{issued["id"]}/revoke", ibesr,
                Json(new { reason = "retrait du consentement de la mère" }))).StatusCode);
            var cleared = await CheckAsync(Rose());
            Assert.Equal(("cleared", "valid"), ((string?)cleared["outcome"], (string?)cleared["authorisationStatus"]));
            rose = (Guid)cleared["id"]!;
            var held = await CheckAsync(Check("JEAN-BAPTISTE", "Ti Jak", today.AddYears(-7), "alone", null, group));
            Assert.Equal(("held", "authorisation_missing", "IBESR-NE"), ((string?)held["outcome"], (string?)held["holdReason"], (string?)held["referralAgency"]));
            (alone, referral) = ((Guid)held["id"]!, (Guid)held["referralId"]!);
            Assert.Equal(0, (int)(await CopyAsync())["revoked"]!);
            Assert.True(await Api.HoldsAsync(async () => (await _hq.SendAsync(HttpMethod.Get, $"/api/minor-checks/{alone}", officer)).StatusCode
                == HttpStatusCode.NotFound, TimeSpan.FromSeconds(2)));

            // The link returns: headquarters keeps both checks as the post made them, and IBESR sees the held child's referral.
            post.SetLink(up: true);
            var restored = Stopwatch.StartNew();
            // Both checks: they go up on the same link but are kept at headquarters in no fixed order.
            Assert.True(await Api.EventuallyAsync(async () => (await _hq.SendAsync(HttpMethod.Get, $"/api/minor-checks/{alone}", officer)).IsSuccessStatusCode
                && (await _hq.SendAsync(HttpMethod.Get, $"/api/minor-checks/{rose}", officer)).IsSuccessStatusCode, TimeSpan.FromSeconds(90)));
            output.WriteLine($"the post's checks reached headquarters {restored.Elapsed.TotalSeconds:F1} s after the link returned");
        }
        finally
        {
            post.SetLink(up: true);
            await browser.DisposeAsync();
        }
        var atHq = await _hq.GetJsonAsync($"/api/minor-checks/{alone}", officer);
        Assert.Equal(("held", referral.ToString()), ((string?)atHq["outcome"], (string?)atHq["referralId"]));
        Assert.Contains("Ti Jak", (string?)atHq["childName"], StringComparison.Ordinal);
        Assert.Equal("cleared", (string?)(await _hq.GetJsonAsync($"/api/minor-checks/{rose}", officer))["outcome"]);
        var opened = (await _hq.GetJsonAsync($"/api/referrals/{referral}", ibesr))["summary"]!;
        Assert.Equal(("minor", "OUA", "IBESR-NE"), ((string?)opened["kind"], (string?)opened["postCode"], (string?)opened["agency"]));

        // IBESR acknowledges it at headquarters: the post's list of the group's checks says so.
        Assert.Equal("referred", await ReferralStatusAtPostAsync());
        Assert.True((await _hq.PostJsonAsync($"/api/referrals/{referral}/acknowledge", ibesr, null)).IsSuccessStatusCode);
        Assert.True(await Api.EventuallyAsync(async () => await ReferralStatusAtPostAsync() == "acknowledged", TimeSpan.FromSeconds(90)));

        // The revocation comes down too: the same paper now holds the child at the post.
        Assert.True(await Api.EventuallyAsync(async () => (int)(await CopyAsync())["revoked"]! == 1, TimeSpan.FromSeconds(90)));
        var again = await CheckAsync(Rose());
        Assert.Equal(("held", "authorisation_revoked"), ((string?)again["outcome"], (string?)again["holdReason"]));

        // Headquarters counts each of the post's five checks once: by outcome and reason, sex and age band, never a name.
        var analyst = await stack.Tokens.SignInAsync("hq.analyst");
        string[] expected = ["minor_check.cleared F 6-11 2", "minor_check.held F 6-11 3", "minor_check.reason.authorisation_missing F 6-11 2",
            "minor_check.reason.authorisation_revoked F 6-11 1"];
        var counted = new List<string>();
        Assert.True(await Api.EventuallyAsync(async () =>
        {
            var totals = await _hq.GetJsonAsync($"/api/reports/totals?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}&post=OUA&by=sex,ageBand", analyst);
            counted = [.. totals["rows"]!.AsArray().Where(r => ((string)r!["category"]!).StartsWith("minor_check.", StringComparison.Ordinal))
                .Select(r => $"{r!["category"]} {r["sex"]} {r["ageBand"]} {r["count"]}").Order(StringComparer.Ordinal)];
            return counted.SequenceEqual(expected);
        }, TimeSpan.FromSeconds(90)), string.Join(", ", counted));

        // The copy's figures: post staff and the admin; nobody unauthenticated, no protection officer.
        Assert.Equal(HttpStatusCode.Unauthorized, (await atPost.SendAsync(HttpMethod.Get, "/api/minor-checks/authorisations", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await atPost.SendAsync(HttpMethod.Get, "/api/minor-checks/authorisations", ibesr)).StatusCode);
        Assert.Equal("HQ", (string?)(await _hq.GetJsonAsync("/api/minor-checks/authorisations", officer))["node"]);
        // A post's Protection checks minors and takes referrals, nothing more: referrals are worked on at headquarters only.
        using var protectionAtPost = post.CreateProtectionClient();
        Assert.Equal(HttpStatusCode.NotFound, (await protectionAtPost.SendAsync(HttpMethod.Get, $"/api/referrals/{referral}", ibesr)).StatusCode);

        Task<JsonObject> CopyAsync() => atPost.GetJsonAsync("/api/minor-checks/authorisations", officer);

        async Task<string?> ReferralStatusAtPostAsync() =>
            (string?)(await atPost.GetJsonArrayAsync($"/api/minor-checks?interceptionId={group}", officer)).Single()!["referralStatus"];

        static JsonNode? Json(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value);

        JsonNode Authorisation(string number, string surname) => Json(new
        {
            id = Guid.NewGuid(),
            number,
            issuedOn = today.AddDays(-3),
            validUntil = today.AddMonths(2),
            child = new { surname, givenNames = "Rose Anne", dateOfBirth = today.AddYears(-11), sex = "F" },
            authorisingParent = new { surname, givenNames = "Marie", relation = "mother" },
            travellingWith = "Jean (oncle)",
        })!;

        object Rose() => Check("Desir", "Rose", today.AddYears(-11), "relative", new { number, issuedOn = (DateOnly?)null, issuingOffice = "IBESR-NE" });

        static object Check(string surname, string givenNames, DateOnly born, string accompaniedBy, object? authorisation, Guid? interceptionId = null) => new
        {
            id = Guid.NewGuid(),
            postCode = "OUA",
            interceptionId,
            personId = Guid.NewGuid(),
            child = new { surname, givenNames, sex = "F", dateOfBirth = born, nationality = "HTI" },
            accompaniedBy,
            accompanyingAdult = new { name = "Jean", relationship = "oncle" },
            authorisation,
            place = "Pont de Ouanaminthe",
            language = "ht",
        };

        async Task<JsonObject> CheckAsync(object check)
        {
            var response = await atPost.PostJsonAsync("/api/minor-checks", officer, Json(check));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        }
    }

    [Fact]
    public async Task Officers_refer_a_victim_and_a_child_at_the_post_while_its_link_is_cut_and_headquarters_opens_each_referral_once_when_it_returns()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var agency = await stack.Tokens.SignInAsync("protection.cnltp");
        var analyst = await stack.Tokens.SignInAsync("hq.analyst");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5));
        var before = await _hq.StableCountAsync(analyst, "OUA", "referral.victim.referred", today.AddDays(-1), today.AddDays(1));
        await using var post = await PostNode.StartAsync(stack, "OUA", withProtection: true, withConsole: true);
        using var atPost = new HttpClient { BaseAddress = new Uri(post.GatewayUrl), Timeout = TimeSpan.FromSeconds(30) };
        await using var arrived = await MessageProbe.StartAsync<BorderPost.Contracts.Protection.ReferralMadeAtPost>(stack.RabbitUri);
        var id = Guid.NewGuid();
        var referral = ProtectionApi.Victim(id, "OUA");
        var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(post.GatewayUrl);
        await Browser.SignInAsync(page, "officer.oua");

        // The link is cut: the post's own Protection takes the referral (and its retry), and headquarters knows nothing yet.
        post.SetLink(up: false);
        JsonObject taken;
        Guid fromConsole;
        try
        {
            // In the console too: Référer une personne, a child met without an arrest.
            await page.GotoAsync("/post/refer");
            fromConsole = Guid.Parse(await page.InputValueAsync("input[name='F.ReferralId']"));
            await page.SelectOptionAsync("select[name='F.Kind']", "minor");
            await page.FillAsync("input[name='F.GivenNames']", "Lourdes");
            await page.SelectOptionAsync("select[name='F.Sex']", "F");
            await page.FillAsync("input[name='F.EstimatedAge']", "9");
            await page.ClickAsync("#main form button[type=submit]");
            await Assertions.Expect(page.Locator("p.notice[role=status]")).ToBeVisibleAsync();
            await Browser.ScreenshotAsync(page, "post-refer-link-down");

            var response = await atPost.PostJsonAsync("/api/referrals", officer, referral);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            taken = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal(HttpStatusCode.Created, (await atPost.PostJsonAsync("/api/referrals", officer, referral)).StatusCode);
            var changed = ProtectionApi.Victim(id, "OUA");
            changed["remarks"] = "autre chose";
            Assert.Equal(HttpStatusCode.Conflict, (await atPost.PostJsonAsync("/api/referrals", officer, changed)).StatusCode);
            var bad = await atPost.PostJsonAsync("/api/referrals", officer, new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["kind"] = "victim" });
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("postCode", (await bad.ProblemAsync()).ErrorFields());
            Assert.True(await Api.HoldsAsync(async () => (await _hq.SendAsync(HttpMethod.Get, $"/api/referrals/{id}", agency)).StatusCode
                == HttpStatusCode.NotFound, TimeSpan.FromSeconds(2)));

            // The link returns: the agency sees the referral with the person's details, its deadline from the post's time.
            post.SetLink(up: true);
            var restored = Stopwatch.StartNew();
            Assert.True(await Api.EventuallyAsync(async () => (await _hq.SendAsync(HttpMethod.Get, $"/api/referrals/{id}", agency)).IsSuccessStatusCode,
                TimeSpan.FromSeconds(90)));
            output.WriteLine($"the post's referral reached headquarters {restored.Elapsed.TotalSeconds:F1} s after the link returned");
        }
        finally
        {
            post.SetLink(up: true);
            await browser.DisposeAsync();
        }
        var ibesr = await stack.Tokens.SignInAsync("protection.ibesr");
        Assert.True(await Api.EventuallyAsync(async () => (await _hq.SendAsync(HttpMethod.Get, $"/api/referrals/{fromConsole}", ibesr)).IsSuccessStatusCode,
            TimeSpan.FromSeconds(30)));
        var child = await _hq.GetJsonAsync($"/api/referrals/{fromConsole}", ibesr);
        Assert.Equal(("minor", "OUA", "IBESR-NE"), ((string?)child["summary"]!["kind"], (string?)child["summary"]!["postCode"], (string?)child["summary"]!["agency"]));
        Assert.Contains("Lourdes", child.ToJsonString(), StringComparison.Ordinal);
        var atHq = await _hq.GetJsonAsync($"/api/referrals/{id}", agency);
        var summary = atHq["summary"]!;
        Assert.Equal(("victim", "OUA", (string?)taken["agency"], (string?)taken["referredAt"], (string?)taken["acknowledgeBy"]),
            ((string?)summary["kind"], (string?)summary["postCode"], (string?)summary["agency"], (string?)summary["referredAt"], (string?)summary["acknowledgeBy"]));
        Assert.Contains("NADINE", atHq.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("debt_bondage", atHq.ToJsonString(), StringComparison.Ordinal);

        // Delivered again (a redelivery after a link dropped mid-transfer): headquarters keeps and counts it once.
        var sent = await arrived.WaitForAsync(m => m.ReferralId == id);
        await TestBus.PublishAsync(stack.RabbitUri, sent);
        Assert.Equal(before + 1, await _hq.SettledCountAsync(analyst, "OUA", "referral.victim.referred", today.AddDays(-1), today.AddDays(1), before + 1));
        Assert.True(await Api.HoldsAsync(async () => (await _hq.GetJsonAsync($"/api/referrals/{id}", agency))["history"]!.AsArray().Count
            == atHq["history"]!.AsArray().Count, TimeSpan.FromSeconds(3)));
        // A replay, not a disagreement for the admin to settle: nothing waits in the error queue.
        var failed = await _hq.GetJsonAsync("/api/failed-messages/protection", await stack.Tokens.SignInAsync("admin"));
        Assert.DoesNotContain(failed["queues"]!.AsArray(), q => (string?)q!["queue"] == "protection-referrals-from-posts_error" && (long)q["count"]! > 0);
    }

    [Fact]
    public async Task The_lost_or_stolen_register_comes_down_to_a_post_and_a_change_made_while_its_link_is_cut_arrives_when_it_returns()
    {
        var admin = await stack.Tokens.SignInAsync("admin");
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var (image, mrz) = DocumentSamples.CleanPassport(3);
        var (country, number) = (mrz.Split('\n')[0][2..5], mrz.Split('\n')[1][..9].TrimEnd('<'));

        // Reported stolen at headquarters before the post is linked: the post learns it when the admin sends the register.
        await ImportAsync(admin, $"issuing_country,document_number,status,reported_on,source\n{country},{number},stolen,2026-03-01,DCPJ Port-au-Prince\n");
        await using var post = await PostNode.StartAsync(stack, "OUA", withDocuments: true);
        using var atPost = post.CreateDocumentsClient();
        Assert.Equal(0, (int)(await atPost.GetJsonAsync("/api/document-register", officer))["documents"]!);
        foreach (var (token, path) in new[] { (officer, "/api/document-register/send-to-posts"), (await stack.Tokens.SignInAsync("protection.ibesr"), "/api/document-register") })
        {
            var method = path.EndsWith("posts", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get;
            Assert.Equal(HttpStatusCode.Forbidden, (await _hq.SendAsync(method, path, token)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await atPost.SendAsync(HttpMethod.Get, "/api/document-register", null)).StatusCode);
        var sent = await _hq.PostJsonAsync("/api/document-register/send-to-posts", admin, null);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var atHq = await _hq.GetJsonAsync("/api/document-register", admin);
        Assert.Equal("HQ", (string?)atHq["node"]);
        Assert.True(await Api.EventuallyAsync(async () => await RegisterAtPostAsync() is { } copy
            && (int)copy["documents"]! == (int)atHq["documents"]! && SameTime(copy, atHq)), (await RegisterAtPostAsync()).ToJsonString());
        Assert.Equal("OUA", (string?)(await RegisterAtPostAsync())["node"]);
        Assert.NotNull(Finding(await CheckAtPostAsync(), "register.lost_or_stolen"));

        // Recovered at headquarters while the post's link is cut: the post keeps its copy, and says as of when.
        post.SetLink(up: false);
        try
        {
            await ImportAsync(admin, $"issuing_country,document_number,status\n{country},{number},recovered\n");
            var recovered = await _hq.GetJsonAsync("/api/document-register", admin);
            Assert.False(SameTime(recovered, atHq));
            Assert.True(await Api.HoldsAsync(async () => SameTime(await RegisterAtPostAsync(), atHq), TimeSpan.FromSeconds(3)));
            Assert.NotNull(Finding(await CheckAtPostAsync(), "register.lost_or_stolen"));

            // Link back: the change arrives, and the document is no longer flagged at the post.
            post.SetLink(up: true);
            var restored = Stopwatch.StartNew();
            Assert.True(await Api.EventuallyAsync(async () => SameTime(await RegisterAtPostAsync(), recovered), TimeSpan.FromSeconds(90)),
                (await RegisterAtPostAsync()).ToJsonString());
            output.WriteLine($"the register change reached the post {restored.Elapsed.TotalSeconds:F1} s after the link returned");
            Assert.Equal((int)recovered["documents"]!, (int)(await RegisterAtPostAsync())["documents"]!);
            var check = await CheckAtPostAsync();
            Assert.Null(Finding(check, "register.lost_or_stolen"));
        }
        finally
        {
            post.SetLink(up: true);
        }

        async Task<JsonObject> RegisterAtPostAsync() => await atPost.GetJsonAsync("/api/document-register", officer);

        async Task<JsonObject> CheckAtPostAsync()
        {
            var response = await atPost.SendAsync(HttpMethod.Post, "/api/document-checks", officer, DocumentSamples.Upload(image));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        }
    }

    private async Task ImportAsync(string admin, string csv)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "extract.csv" } };
        var preview = (await (await _hq.SendAsync(HttpMethod.Post, "/api/document-register/imports", admin, form)).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.OK, (await _hq.PostJsonAsync($"/api/document-register/imports/{preview["importId"]}/commit", admin, null)).StatusCode);
    }

    [Fact]
    public async Task A_post_node_serves_its_own_posts_staff_and_refuses_an_officer_of_another_post_in_the_callers_language()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var otherPosts = Tokens.Mint(stack.SigningKey, "officer", "MAL", TimeSpan.FromMinutes(5));
        var analyst = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(86);
        await using var post = await PostNode.StartAsync(stack, "OUA", withArrests: true, withProtection: true);
        using var crossings = post.CreateClient();
        using var arrests = post.CreateArrestsClient();
        using var protection = post.CreateProtectionClient();
        using var identity = post.CreateIdentityClient();

        // Malpasse's officer, signed in through headquarters, can neither write nor read at Ouanaminthe's node.
        var refused = new[]
        {
            await crossings.RecordAsync(otherPosts, Api.Crossing(day, post: "MAL")),
            await crossings.SendAsync(HttpMethod.Get, $"/api/crossings?post=MAL&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}", otherPosts),
            await arrests.PostJsonAsync("/api/arrests", otherPosts, ProtectionApi.Arrest(day, "MAL")),
            await protection.PostJsonAsync("/api/referrals", otherPosts, ProtectionApi.Victim(Guid.NewGuid(), "MAL")),
            await identity.SendAsync(HttpMethod.Get, "/api/auth/post-accounts", otherPosts),
        };
        foreach (var response in refused)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var title = (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["title"];
            Assert.Equal("Ce serveur sert le poste OUA ; votre compte est celui du poste MAL. Travaillez sur le serveur de votre poste ou sur celui du siège.", title);
        }
        var inEnglish = await crossings.SendAsync(HttpMethod.Post, "/api/crossings", otherPosts, JsonContent.Create(Api.Crossing(day, post: "MAL")), "en");
        Assert.StartsWith("This server serves post OUA; your account belongs to post MAL.",
            (string?)(await inEnglish.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
        var inCreole = await crossings.SendAsync(HttpMethod.Post, "/api/crossings", otherPosts, JsonContent.Create(Api.Crossing(day, post: "MAL")), "ht");
        Assert.StartsWith("Sèvè sa a se pou pòs OUA", (string?)(await inCreole.Content.ReadFromJsonAsync<JsonObject>())!["title"]);

        // Signing in there, the officer of Malpasse whom headquarters accepts is told the same at once, and not kept.
        var visitor = $"agent.mal.{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await _hq.PostJsonAsync("/api/users", await stack.Tokens.SignInAsync("admin"), new JsonObject
        {
            ["username"] = visitor,
            ["displayName"] = "Agent de Malpasse",
            ["role"] = "officer",
            ["post"] = "MAL",
            ["password"] = "mot-de-passe-de-malpasse",
        })).StatusCode);
        var signIn = await SignInAsync(identity, visitor, "mot-de-passe-de-malpasse", "en");
        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.StartsWith("This server serves post OUA; your account belongs to post MAL.", (string?)(await signIn.ProblemAsync())["title"]);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(identity, "officer.oua")).StatusCode);

        // The post's own officer records; the health checks stay open; nothing of Malpasse's reaches headquarters.
        Assert.Equal(HttpStatusCode.Created, (await crossings.RecordAsync(officer, Api.Crossing(day))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await crossings.SendAsync(HttpMethod.Get, "/health/ready", null)).StatusCode);
        Assert.Equal(1, await _hq.WaitForTotalAsync(analyst, day, 1, post: "OUA", timeout: TimeSpan.FromSeconds(60)));
        Assert.Equal(0, (int)(await _hq.TotalsAsync(analyst, day, day, post: "MAL"))["total"]!);
    }

    private static bool SameTime(JsonObject a, JsonObject b) =>
        a["changedAt"] is { } x && b["changedAt"] is { } y && x.GetValue<DateTimeOffset>() == y.GetValue<DateTimeOffset>();

    private static JsonNode? Finding(JsonObject check, string code) =>
        check["findings"]!.AsArray().FirstOrDefault(f => (string?)f!["code"] == code);

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient identity, string username,
        string password = BorderPostStack.DemoPassword, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { username, password }) };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }
        return await identity.SendAsync(request);
    }

    private static async Task<string> TokenOf(HttpResponseMessage response) =>
        (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!;

    private static Task<JsonObject> PostLinkAsync(HttpClient atPost, string token) => atPost.GetJsonAsync("/api/crossings/link", token);

    private async Task<System.Text.Json.Nodes.JsonNode?> LinkAsync(string token) =>
        (await _hq.GetJsonArrayAsync("/api/reports/links", token)).SingleOrDefault(l => (string?)l!["post"] == "OUA");
}
