using System.Text.RegularExpressions;
using BorderPost.Testing;
using Microsoft.Playwright;

namespace BorderPost.EndToEnd.Tests;

/// <summary>The web console in a real browser (Debian's Chromium), against the whole stack. Screenshots go to bin/…/screenshots.</summary>
[Collection(StackCollection.Name)]
public sealed partial class ConsoleTests(BorderPostStack stack) : IAsyncLifetime
{
    private Browser _browser = null!;

    public async Task InitializeAsync() => _browser = await Browser.LaunchAsync();

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        Assert.Empty(_browser.ExternalRequests);
    }

    private Task<IPage> PageAsync() => _browser.NewPageAsync(stack.GatewayUrl);

    [Theory]
    [InlineData(null, "/login")]
    [InlineData("officer.oua", "/post/crossings /post/arrest /post/refer /post/referrals /post/interception /post/minor-check /account/password")]
    [InlineData("protection.ibesr", "/protection/inbox /protection/authorisations")]
    [InlineData("hq.analyst", "/hq/totals")]
    [InlineData("admin", "/admin/users /admin/users/admin /admin/access-log /admin/register /admin/points /admin/failed-messages")]
    public async Task Every_console_page_sends_the_security_headers_and_breaks_none_of_its_rules(string? user, string paths)
    {
        var page = await PageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        if (user is not null)
        {
            await Browser.SignInAsync(page, user);
        }
        foreach (var path in paths.Split(' '))
        {
            var response = await page.GotoAsync(path);
            var headers = await response!.AllHeadersAsync();

            Assert.Equal(200, response.Status);
            Assert.Contains("script-src 'none'", headers["content-security-policy"]);
            Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"]);
            Assert.Equal("nosniff", headers["x-content-type-options"]);
            Assert.Equal("no-referrer", headers["referrer-policy"]);
        }
        Assert.Empty(violations);
    }

    [Fact]
    public async Task A_user_whose_password_the_admin_set_changes_it_before_anything_else_then_signs_in_with_the_new_one()
    {
        using var api = stack.CreateClient();
        var admin = await stack.Tokens.SignInAsync("admin");
        var name = "agent." + Guid.NewGuid().ToString("N")[..8];
        Assert.True((await api.PostJsonAsync("/api/users", admin, new System.Text.Json.Nodes.JsonObject
        {
            ["username"] = name,
            ["displayName"] = "Agent Paul",
            ["role"] = "officer",
            ["post"] = "OUA",
            ["password"] = "premier-mot-de-passe",
        })).IsSuccessStatusCode);
        Assert.True((await api.PostJsonAsync($"/api/users/{name}/password", admin,
            new System.Text.Json.Nodes.JsonObject { ["password"] = "donne-par-admin" })).IsSuccessStatusCode);

        var page = await PageAsync();
        await Browser.SignInAsync(page, name, "donne-par-admin");
        Assert.EndsWith("/account/password", page.Url);
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("choisissez-en un nouveau");
        await page.GotoAsync("/post/crossings");
        Assert.EndsWith("/account/password", page.Url);

        await page.FillAsync("#current", "donne-par-admin");
        await page.FillAsync("#new", "choisi-par-moi-meme");
        await page.ClickAsync("form.narrow button[type=submit]");
        await Assertions.Expect(page.Locator(".alert")).ToHaveTextAsync("Mot de passe changé. Connectez-vous avec le nouveau.");
        await Browser.SignInAsync(page, name, "choisi-par-moi-meme");
        Assert.EndsWith("/post/crossings", page.Url);
    }

    [Fact]
    public async Task An_officer_checks_a_document_photo_fills_the_traveller_from_it_and_records_the_crossing()
    {
        var page = await PageAsync();
        await Browser.SignInAsync(page, "officer.oua");
        Assert.EndsWith("/post/crossings", page.Url);

        var photo = Path.Combine(AppContext.BaseDirectory, "Samples", DocumentSamples.CleanPassportPath());
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

    [Fact]
    public async Task A_validation_error_keeps_what_was_typed_and_a_service_outage_lets_the_officer_retry_without_retyping()
    {
        var page = await PageAsync();
        await Browser.SignInAsync(page, "officer.oua");
        await page.FillAsync("#surname", "VALMYR");
        await page.FillAsync("#given-names", "Anne Rose");
        await page.FillAsync("#age", "34");
        await page.FillAsync("#remarks", "Marchande, Dajabón");
        await page.ClickAsync("button[formaction*='handler=Save']"); // sex left empty
        await Assertions.Expect(page.Locator(".alert")).ToHaveTextAsync("Corrigez les champs signalés.");
        await Assertions.Expect(page.Locator("#sex-error")).ToBeVisibleAsync();
        Assert.Equal("true", await page.GetAttributeAsync("#sex", "aria-invalid"));
        Assert.Equal("VALMYR", await page.InputValueAsync("#surname"));
        Assert.Equal("Anne Rose", await page.InputValueAsync("#given-names"));
        Assert.Equal("Marchande, Dajabón", await page.InputValueAsync("#remarks"));
        await Browser.ScreenshotAsync(page, "officer-validation-error");

        // Crossings goes down: the officer is told, nothing typed is lost, and the retry records the crossing once.
        await page.SelectOptionAsync("#sex", "F");
        await stack.Crossings.DisposeAsync();
        try
        {
            await page.ClickAsync("button[formaction*='handler=Save']");
            await Assertions.Expect(page.Locator(".alert")).ToContainTextAsync("Le service ne répond pas");
            Assert.Equal("VALMYR", await page.InputValueAsync("#surname"));
            Assert.Equal("F", await page.InputValueAsync("#sex"));
        }
        finally
        {
            await stack.Crossings.StartAsync();
        }
        await page.ClickAsync("button[formaction*='handler=Save']");
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Passage enregistré.");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "VALMYR" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task An_arrest_with_two_children_reaches_the_IBESR_inbox_where_the_protection_officer_acknowledges_it()
    {
        // Earlier tests leave referrals in the same inbox: this one knows its two by being the ones that were not there.
        var protection = await PageAsync();
        await Browser.SignInAsync(protection, "protection.ibesr");
        Assert.EndsWith("/protection/inbox", protection.Url);
        var before = await ReferralIdsAsync(protection);

        var officer = await PageAsync();
        await Browser.SignInAsync(officer, "officer.oua");
        await officer.GotoAsync("/post/arrest");
        await officer.FillAsync("#surname", "DESTIN");
        await officer.FillAsync("#given-names", "Wilner");
        await officer.SelectOptionAsync("#sex", "M");
        await officer.FillAsync("#age", "38");
        await officer.CheckAsync("input[name='F.Offences'][value='migrant_smuggling']");
        await officer.FillAsync("#circumstances", "Camionnette avec deux enfants sans document.");
        await officer.FillAsync("#f-children-0-given", "Mackenson");
        await officer.SelectOptionAsync("#f-children-0-sex", "M");
        await officer.FillAsync("#f-children-0-age", "9");
        await officer.FillAsync("#f-children-0-phone", "+509 3456 7890");
        await officer.FillAsync("#f-children-1-given", "Fabienne");
        await officer.SelectOptionAsync("#f-children-1-sex", "F");
        await officer.SelectOptionAsync("#f-children-1-band", "0-5");
        await Browser.ScreenshotAsync(officer, "officer-arrest-form");
        await officer.ClickAsync("#arrest-form > button[type=submit]");
        await Assertions.Expect(officer.Locator(".notice")).ToContainTextAsync("Arrestation enregistrée ; référencements envoyés : 2.");

        var arrived = await NewReferralsAsync(protection, before, expected: 2);
        await Assertions.Expect(protection.Locator($"tr[data-referral='{arrived[0]}']")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(protection, "protection-inbox");
        var ages = new List<string>();
        foreach (var id in arrived)
        {
            ages.Add((await protection.Locator($"tr[data-referral='{id}'] td").Nth(2).InnerTextAsync()).Trim());
        }
        Assert.Equal("0-5 6-11", string.Join(' ', ages.Order()));
        await protection.Locator($"tr[data-referral='{arrived[ages.IndexOf("6-11")]}']").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(protection.Locator(".person-name")).ToContainTextAsync("Mackenson");
        await protection.ClickAsync("form[action*='handler=Acknowledge'] button");
        await Assertions.Expect(protection.Locator(".notice")).ToHaveTextAsync("Étape enregistrée.");
        await Assertions.Expect(protection.Locator("ol.history li[data-step=acknowledged]")).ToContainTextAsync("Réception accusée");
        await Browser.ScreenshotAsync(protection, "protection-referral");
    }

    [Fact]
    public async Task An_arrest_whose_child_row_is_wrong_is_recorded_and_the_corrected_row_completes_the_referral()
    {
        var officer = await PageAsync();
        await Browser.SignInAsync(officer, "officer.oua");
        await officer.GotoAsync("/post/arrest");
        await officer.FillAsync("#surname", "NOEL");
        await officer.SelectOptionAsync("#sex", "M");
        await officer.FillAsync("#age", "45");
        await officer.CheckAsync("input[name='F.Offences'][value='human_trafficking']");
        await officer.FillAsync("#f-children-0-given", "Junior");
        await officer.SelectOptionAsync("#f-children-0-sex", "M");
        await officer.FillAsync("#f-children-0-age", "12");
        await officer.FillAsync("#f-children-0-phone", "appelez-moi");
        await officer.ClickAsync("#arrest-form > button[type=submit]");
        await Assertions.Expect(officer.Locator("#f-children-0-phone-error")).ToBeVisibleAsync();
        await Assertions.Expect(officer.Locator(".notice")).ToContainTextAsync("L'arrestation est enregistrée");
        Assert.Equal("Junior", await officer.InputValueAsync("#f-children-0-given"));
        await officer.FillAsync("#f-children-0-phone", "+509 3111 2222");
        await officer.ClickAsync("#arrest-form > button[type=submit]");
        await Assertions.Expect(officer.Locator(".notice")).ToContainTextAsync("Arrestation enregistrée ; référencements envoyés : 1.");
    }

    [Fact]
    public async Task A_supervisor_sees_the_annotated_picture_of_a_fraudulent_check_and_confirms_it_with_a_reason()
    {
        using var api = stack.CreateClient();
        var upload = await api.SendAsync(HttpMethod.Post, "/api/document-checks", stack.Tokens.Mint("officer", "OUA"), DocumentSamples.Upload(DocumentSamples.Forged().Bytes));
        var id = (string)System.Text.Json.Nodes.JsonNode.Parse(await upload.Content.ReadAsStringAsync())!["checkId"]!;

        var officer = await PageAsync();
        await Browser.SignInAsync(officer, "officer.oua");
        await officer.GotoAsync($"/post/document-checks/{id}");
        await Assertions.Expect(officer.Locator(".verdict")).ToHaveAttributeAsync("data-verdict", "fraudulent");
        await Assertions.Expect(officer.Locator("form[action*='handler=Review']")).ToHaveCountAsync(0);

        var page = await PageAsync();
        await Browser.SignInAsync(page, "supervisor.oua");
        await page.GotoAsync($"/post/document-checks/{id}");
        await Assertions.Expect(page.Locator(".findings li[data-code='mrz.check_digit']").First).ToBeVisibleAsync();
        var picture = page.Locator("#evidence-picture");
        await Assertions.Expect(picture).ToBeVisibleAsync();
        Assert.True(await picture.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(r => img.onload = () => r(img.naturalWidth))") > 300);
        await Browser.ScreenshotAsync(page, "supervisor-document-evidence");

        await page.CheckAsync("input[name=Decision][value=confirm]");
        await page.FillAsync("#reason", "Date de naissance grattée, vue à la loupe.");
        await page.ClickAsync("form[action*='handler=Review'] button[type=submit]");
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Revue enregistrée.");
        await Assertions.Expect(page.Locator(".review p[data-decision=confirm]")).ToContainTextAsync("supervisor.oua");
        await Assertions.Expect(page.Locator("form[action*='handler=Review']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_handover_typed_while_protection_is_down_is_kept_and_recorded_on_retry()
    {
        var id = Guid.NewGuid();
        using var api = stack.CreateClient();
        Assert.True((await api.PostJsonAsync("/api/referrals", stack.Tokens.Mint("officer", "OUA"), ProtectionApi.Minor(id, "OUA"))).IsSuccessStatusCode);
        Assert.True((await api.PostJsonAsync($"/api/referrals/{id}/acknowledge", stack.Tokens.Mint("protection", agency: "IBESR-NE"), null)).IsSuccessStatusCode);

        var page = await PageAsync();
        await Browser.SignInAsync(page, "protection.ibesr");
        await page.GotoAsync($"/protection/referrals/{id}");
        await page.FillAsync("#place", "Bureau IBESR, Fort-Liberté");
        await page.FillAsync("#receiving", "Mme Augustin");
        await stack.CrashProtectionAsync();
        try
        {
            await page.ClickAsync("form[action*='handler=HandOver'] button");
            await Assertions.Expect(page.Locator(".alert")).ToContainTextAsync("Le service ne répond pas");
            Assert.Equal("Bureau IBESR, Fort-Liberté", await page.InputValueAsync("#place"));
            Assert.Equal("Mme Augustin", await page.InputValueAsync("#receiving"));
        }
        finally
        {
            await stack.StartProtectionAsync();
        }
        await page.ClickAsync("form[action*='handler=HandOver'] button");
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Étape enregistrée.");
        await Assertions.Expect(page.Locator("ol.history li[data-step=handed_over]")).ToHaveCountAsync(1);
    }

    [Theory]
    [InlineData("officer.oua", "/post/crossings", new[] { "/post/crossings", "/post/arrest", "/post/interception", "/post/refer", "/post/referrals" }, new[] { "/protection/inbox", "/protection/authorisations", "/admin/access-log", "/admin/users", "/admin/failed-messages", "/hq/totals" })]
    [InlineData("supervisor.oua", "/post/crossings", new[] { "/post/crossings", "/post/arrest", "/hq/totals" }, new[] { "/protection/inbox", "/admin/access-log" })]
    [InlineData("protection.ibesr", "/protection/inbox", new[] { "/protection/inbox", "/protection/authorisations" }, new[] { "/post/crossings", "/post/arrest", "/post/interception", "/admin/access-log", "/hq/totals" })]
    [InlineData("hq.analyst", "/hq/totals", new[] { "/hq/totals" }, new[] { "/post/crossings", "/post/referrals", "/protection/inbox", "/admin/access-log" })]
    [InlineData("admin", "/admin/access-log", new[] { "/admin/access-log", "/admin/users", "/admin/points", "/admin/register", "/admin/failed-messages" }, new[] { "/post/crossings", "/protection/inbox", "/hq/totals" })]
    public async Task Each_role_sees_its_own_screens_and_is_refused_the_others(string user, string home, string[] allowed, string[] refused)
    {
        var page = await PageAsync();
        await Browser.SignInAsync(page, user);
        Assert.EndsWith(home, page.Url);
        await CheckPageAsync(page);
        await Browser.ScreenshotAsync(page, $"home-{user}");
        foreach (var path in allowed)
        {
            await Assertions.Expect(page.Locator($"nav.menu a[href='{path}']")).ToHaveCountAsync(1);
            await page.GotoAsync(path);
            Assert.EndsWith(path, page.Url);
            await CheckPageAsync(page);
        }
        foreach (var path in refused)
        {
            await Assertions.Expect(page.Locator($"nav.menu a[href='{path}']")).ToHaveCountAsync(0);
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Accès refusé");
        }
        await page.ClickAsync(".signout button");
        await page.WaitForURLAsync("**/login");
    }

    [Fact]
    public async Task The_console_speaks_Kreyol_and_English_when_asked_and_signing_in_says_why_it_failed()
    {
        var page = await PageAsync();
        await page.GotoAsync("/login");
        await page.ClickAsync("nav.languages a[lang=ht]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Koneksyon");
        await page.FillAsync("#username", "officer.oua");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("form button[type=submit]");
        await Assertions.Expect(page.Locator(".alert")).ToHaveTextAsync("Non itilizatè oswa modpas la pa bon.");
        await Browser.SignInAsync(page, "officer.oua");
        await Assertions.Expect(page.Locator("button[formaction*='handler=Save']")).ToHaveTextAsync("Anrejistre pasaj la");
        await Assertions.Expect(page.Locator("label[for=surname]")).ToHaveTextAsync("Non fanmi");
        await page.GotoAsync("/post/arrest");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Anrejistre yon arestasyon");
        await Browser.ScreenshotAsync(page, "officer-arrest-kreyol");
        await page.ClickAsync("nav.languages a[lang=en]");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Record an arrest");
    }

    [Fact]
    public async Task Headquarters_chooses_a_period_posts_and_a_grouping_and_reads_the_counts_in_French_and_English()
    {
        var officer = stack.Tokens.Mint("officer", "BEL");
        var day = Api.Day(72);
        using var client = stack.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, (await client.RecordAsync(officer, Api.Crossing(day, "BEL"))).StatusCode);
        }
        Assert.Equal(3, await client.WaitForTotalAsync(stack.Tokens.Mint("hq"), day, 3, "BEL"));
        var page = await PageAsync();
        await Browser.SignInAsync(page, "hq.analyst");

        await page.GotoAsync("/hq/totals");
        await page.FillAsync("#from", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#to", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#group-by", "month");
        await page.CheckAsync("input[name=Post][value=BEL]");
        await page.ClickAsync("#totals-filter button[type=submit]");

        var row = page.Locator("tbody tr", new() { HasText = "crossing.entry" });
        await Assertions.Expect(row).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($@"{day:yyyy-MM}\s*BEL\s*Passages — Entrée\s*crossing\.entry\s*3"));
        await Assertions.Expect(page.Locator("#headline div", new() { HasText = "Passages" }).Locator("dd")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator("svg#post-crossings")).ToContainTextAsync("Belladère (BEL)");
        await Assertions.Expect(page.Locator("svg#post-crossings text.chart-value")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator("svg#series-crossings text.chart-value")).ToHaveTextAsync("3");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-csv"));
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("#date+period,", csv, StringComparison.Ordinal);
        Assert.Contains("BEL,crossing.entry,,,,,,3", csv, StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "hq-dashboard");

        // On a phone the page stays within the screen's width: charts scale, wide tables scroll inside themselves.
        await page.SetViewportSizeAsync(390, 844);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the dashboard is wider than a phone's screen");
        await Browser.ScreenshotAsync(page, "hq-dashboard-phone");
        await page.SetViewportSizeAsync(1280, 720);
        await Assertions.Expect(page.Locator("label[for=group-by]")).ToHaveTextAsync("Regrouper par");
        await page.ClickAsync("nav.languages a[lang=en]");
        await Assertions.Expect(page.Locator("label[for=group-by]")).ToHaveTextAsync("Group by");
        await Assertions.Expect(page.Locator("#group-by option:checked")).ToHaveTextAsync("Month");
        await Assertions.Expect(row).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($@"{day:yyyy-MM}\s*BEL\s*Crossings — Entry\s*crossing\.entry\s*3"));
        await Assertions.Expect(page.Locator("#headline div", new() { HasText = "Crossings" }).Locator("dd")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator("svg#post-crossings title").First).ToHaveTextAsync("Crossings");
    }

    [Fact]
    public async Task Headquarters_keeps_its_figures_while_the_totals_are_rebuilt_and_they_reconcile_after()
    {
        var officer = stack.Tokens.Mint("officer", "BEL");
        var hq = stack.Tokens.Mint("hq");
        var day = Api.Day(73);
        using var client = stack.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, (await client.RecordAsync(officer, Api.Crossing(day, "BEL"))).StatusCode);
        }
        Assert.Equal(2, await client.WaitForTotalAsync(hq, day, 2, "BEL"));

        // The rebuild is started by the operator's command; Reporting's daily totals are held so that it cannot finish yet.
        var store = stack.ReportingStore();
        await using var holder = store.Storage.Database.CreateConnection();
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var share = new Npgsql.NpgsqlCommand($"LOCK TABLE \"{store.Options.DatabaseSchemaName}\".mt_doc_dailytotal IN SHARE MODE", holder, hold))
        {
            await share.ExecuteNonQueryAsync();
        }
        var command = DeployCommand.RunAsync("rebuild-reporting.sh", "--url", stack.GatewayUrl);
        Assert.True(await Api.EventuallyAsync(async () =>
            (await client.GetJsonAsync("/api/reports/rebuild", hq))["state"]?.GetValue<string>() == "running"), "the rebuild did not start");

        // Meanwhile the dashboard shows the figures from before the rebuild, and says so with its progress.
        var page = await PageAsync();
        await Browser.SignInAsync(page, "hq.analyst");
        await page.GotoAsync($"/hq/totals?From={day:yyyy-MM-dd}&To={day:yyyy-MM-dd}&GroupBy=day&Post=BEL");
        await Assertions.Expect(page.Locator("#rebuilding")).ToContainTextAsync(new Regex(@"recalcul.*\d+ %"));
        await Assertions.Expect(page.Locator("#headline div", new() { HasText = "Passages" }).Locator("dd")).ToHaveTextAsync("2");
        await Browser.ScreenshotAsync(page, "hq-dashboard-rebuilding");

        await hold.CommitAsync();
        var (exitCode, output) = await command;
        Assert.True(exitCode == 0, output);
        Assert.Matches(new Regex(@"completed in \d+ s\s*$"), output);

        // Rebuilt from the events: the same figures, no notice, and the whole run reconciles to zero.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#headline div", new() { HasText = "Passages" }).Locator("dd")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("#rebuilding")).ToHaveCountAsync(0);
        var differences = "";
        Assert.True(await Api.EventuallyAsync(async () =>
        {
            (var reconciled, differences) = await DeployCommand.RunAsync("reconcile.sh", "--from", $"{Api.Day(90):yyyy-MM-dd}",
                "--to", $"{Api.Day(-30):yyyy-MM-dd}", "--url", stack.GatewayUrl);
            return reconciled == 0;
        }, TimeSpan.FromSeconds(90)), differences);
    }

    [Fact]
    public async Task The_admin_creates_an_officer_who_then_signs_in_to_their_post()
    {
        var name = "agent." + Guid.NewGuid().ToString("N")[..6];
        var admin = await PageAsync();
        await Browser.SignInAsync(admin, "admin");
        await admin.GotoAsync("/admin/users");
        await admin.FillAsync("#username", name);
        await admin.FillAsync("#display-name", "Agent Belladère");
        await admin.SelectOptionAsync("#role", "officer");
        await admin.ClickAsync("form button[type=submit]:has-text('Créer un utilisateur')");
        await Assertions.Expect(admin.Locator("#post-error")).ToBeVisibleAsync(); // no post chosen
        Assert.Equal(name, await admin.InputValueAsync("#username"));
        await admin.SelectOptionAsync("#post", "BEL");
        await admin.FillAsync("#initial-password", "mot-de-passe-initial");
        await admin.ClickAsync("form button[type=submit]:has-text('Créer un utilisateur')");
        await Assertions.Expect(admin.Locator(".notice")).ToHaveTextAsync("Utilisateur créé.");
        await Assertions.Expect(admin.Locator($"tr[data-user='{name}']")).ToContainTextAsync("BEL");
        await Browser.ScreenshotAsync(admin, "admin-users");

        var officer = await PageAsync();
        await Browser.SignInAsync(officer, name, "mot-de-passe-initial");
        await Assertions.Expect(officer.Locator("h1")).ToContainTextAsync("BEL");
    }

    [Fact]
    public async Task The_admin_registers_an_unofficial_crossing_point_that_the_post_can_then_pick()
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        var admin = await PageAsync();
        await Browser.SignInAsync(admin, "admin");
        await admin.GotoAsync("/admin/points");
        await admin.SelectOptionAsync("#point-post", "OUA");
        await admin.FillAsync("#point-code", "bad code!");
        await admin.FillAsync("#point-name", "Gros-Roche");
        await admin.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(admin.Locator("#point-code-error")).ToBeVisibleAsync();
        Assert.Equal("Gros-Roche", await admin.InputValueAsync("#point-name"));
        await admin.FillAsync("#point-code", code);
        await admin.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(admin.Locator($"tr[data-point='OUA-{code}']")).ToContainTextAsync("Gros-Roche");
        await Browser.ScreenshotAsync(admin, "admin-crossing-points");

        var officer = await PageAsync();
        await Browser.SignInAsync(officer, "officer.oua");
        await Assertions.Expect(officer.Locator($"#point option[value='OUA-{code}']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_admin_sees_a_message_a_service_could_not_read_and_sends_it_back()
    {
        // Cut short in transit: Reporting and Documents cannot read it and move it to their error queues.
        const string Poison = "{\"message\": {\"crossingId\": \"not-a-guid-console\", \"surname\": \"JOSEPH\"";
        var id = await stack.PublishRawAsync("BorderPost.Contracts.Crossings:CrossingRecorded", Poison, "application/vnd.masstransit+json");
        var admin = await PageAsync();
        await Browser.SignInAsync(admin, "admin");
        var row = admin.Locator($"section[data-service='reporting'] tr[data-message='{id}']");
        for (var i = 0; i < 30 && await row.CountAsync() == 0; i++)
        {
            await admin.GotoAsync("/admin/failed-messages");
            await Task.Delay(500);
        }
        await Assertions.Expect(row).ToContainTextAsync("illisible");
        await Assertions.Expect(admin.Locator("main")).Not.ToContainTextAsync("JOSEPH");
        await CheckPageAsync(admin);
        await Browser.ScreenshotAsync(admin, "admin-failed-messages");

        await row.Locator("button").ClickAsync();
        await Assertions.Expect(admin.Locator(".notice")).ToHaveTextAsync("1 message(s) renvoyé(s) à leur service.");
        // Still unreadable, it fails again and comes back where it was; the consumer goes on.
        for (var i = 0; i < 30 && await row.CountAsync() == 0; i++)
        {
            await Task.Delay(500);
            await admin.GotoAsync("/admin/failed-messages");
        }
        await Assertions.Expect(row).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_admin_previews_a_register_file_sees_the_bad_lines_and_imports_the_good_ones()
    {
        var file = Path.Combine(Path.GetTempPath(), $"register-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, $"issuing_country;document_number;status\nHTI;PX{Random.Shared.Next(100000, 999999)};stolen\nHAITI;PX1;stolen\n");
        var admin = await PageAsync();
        await Browser.SignInAsync(admin, "admin");
        await admin.GotoAsync("/admin/register");
        await admin.SetInputFilesAsync("#register-file", file);
        await admin.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(admin.Locator(".summary")).ToContainTextAsync("3 lignes lues : 1 valides, 1 en erreur.");
        await Assertions.Expect(admin.Locator("table.line-errors tr[data-line='3']")).ToContainTextAsync("issuing_country");
        await Browser.ScreenshotAsync(admin, "admin-register-preview");
        await admin.ClickAsync("form[action*='handler=Commit'] button");
        await Assertions.Expect(admin.Locator(".notice")).ToHaveTextAsync("Import enregistré.");
        File.Delete(file);
    }

    /// <summary>Every field has a label, nothing points outside the site, and the page with its assets stays under 300 KB.</summary>
    private static async Task CheckPageAsync(IPage page)
    {
        var unlabelled = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0 && !e.closest('label')).map(e => e.name)");
        Assert.Empty(unlabelled);
        var html = await page.ContentAsync();
        Assert.DoesNotMatch(ExternalReference(), html);
        var size = await page.EvaluateAsync<double>(
            "() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((s, e) => s + (e.transferSize || e.encodedBodySize || 0), 0)");
        Assert.True(size < 300 * 1024, $"{page.Url}: {size / 1024:0} KB");
        Directory.CreateDirectory(Browser.ScreenshotFolder);
        await File.AppendAllTextAsync(Path.Combine(Browser.ScreenshotFolder, "page-weights.txt"),
            FormattableString.Invariant($"{new Uri(page.Url).AbsolutePath} {size / 1024:0.0} KB\n"));
    }

    [GeneratedRegex(@"(src|href|action)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    private static async Task<HashSet<string>> ReferralIdsAsync(IPage inbox)
    {
        var ids = await inbox.Locator("tr[data-referral]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.referral)");
        return [.. ids];
    }

    /// <summary>Reloads the inbox until <paramref name="expected"/> referrals that were not in <paramref name="before"/> show.</summary>
    private static async Task<List<string>> NewReferralsAsync(IPage inbox, HashSet<string> before, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await inbox.ReloadAsync();
            var fresh = (await ReferralIdsAsync(inbox)).Where(id => !before.Contains(id)).ToList();
            if (fresh.Count >= expected || DateTime.UtcNow > deadline)
            {
                Assert.Equal(expected, fresh.Count);
                return fresh;
            }
            await Task.Delay(250);
        }
    }
}
