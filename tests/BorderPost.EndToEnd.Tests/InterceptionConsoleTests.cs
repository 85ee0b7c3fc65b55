using BorderPost.Testing;
using Microsoft.Playwright;

namespace BorderPost.EndToEnd.Tests;

/// <summary>
/// The pickup stopped near Ouanaminthe (issue 19) in the console, in Chromium: IBESR records its authorisations and
/// revokes one; the officer records the group on one page on a phone's screen, picks who each child travels with,
/// checks the children (one held and referred, one let through on a verified authorisation), screens the two women (a
/// probable victim referred, a smuggled migrant), arrests the guide from the group, lets the cleared girl through, and a minor with a revoked authorisation is held at the crossing form.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class InterceptionConsoleTests(BorderPostStack stack) : IAsyncLifetime
{
    private Browser _browser = null!;

    public async Task InitializeAsync() => _browser = await Browser.LaunchAsync();

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        Assert.Empty(_browser.ExternalRequests);
    }

    [Fact]
    public async Task The_pickup_is_recorded_on_one_page_its_children_checked_and_its_guide_arrested()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (valid, revoked) = ($"IBESR-NE/UI-{suffix}-1", $"IBESR-NE/UI-{suffix}-2");

        // IBESR Nord-Est records two authorisations and revokes the second.
        var ibesr = await _browser.NewPageAsync(stack.GatewayUrl);
        await Browser.SignInAsync(ibesr, "protection.ibesr");
        await ibesr.ClickAsync("nav.menu a[href='/protection/authorisations']");
        foreach (var (number, given) in new[] { (valid, "Nadia"), (revoked, "Luc") })
        {
            await ibesr.FillAsync("#number", number);
            await ibesr.FillAsync("#valid-until", DateTime.UtcNow.AddMonths(3).ToString("yyyy-MM-dd"));
            await ibesr.FillAsync("#child-surname", "PIERRELOUIS");
            await ibesr.FillAsync("#child-given", given);
            await ibesr.FillAsync("#child-birth", DateTime.UtcNow.AddYears(-9).AddDays(-30).ToString("yyyy-MM-dd"));
            await ibesr.SelectOptionAsync("#child-sex", "F");
            await ibesr.FillAsync("#parent-surname", "PIERRELOUIS");
            await ibesr.FillAsync("#parent-given", "Marthe");
            await ibesr.ClickAsync("#authorisation-form button[type=submit]");
            await Assertions.Expect(ibesr.Locator(".notice")).ToHaveTextAsync("Autorisation enregistrée.");
        }
        var revokedRow = ibesr.Locator($"tr[data-number='{revoked}']");
        await revokedRow.Locator("input[name=reason]").FillAsync("La mère a retiré son consentement");
        await revokedRow.Locator("button").ClickAsync();
        await Assertions.Expect(ibesr.Locator($"tr[data-number='{revoked}']")).ToContainTextAsync("révoquée");
        await Browser.ScreenshotAsync(ibesr, "ibesr-authorisations");

        // The officer records the group on a phone's screen: four rows, one more at a tap, relations picked by label.
        var officer = await _browser.NewPageAsync(stack.GatewayUrl);
        await officer.SetViewportSizeAsync(360, 740);
        await Browser.SignInAsync(officer, "officer.oua");
        await officer.ClickAsync("nav.menu a[href='/post/interception']");
        await officer.SelectOptionAsync("#means", "vehicle");
        await officer.FillAsync("#plate", "AB-12345");
        await officer.FillAsync("#means-description", "pickup blanc");
        await officer.FillAsync("#place-description", "Piste près de Capotille");
        await officer.FillAsync("#officers", "Agent Pierre");
        (string Role, string Label, string Sex, string Band)[] people =
        [
            ("guide", "guide en casquette", "M", "18-59"), ("driver", "chauffeur", "M", "18-59"),
            ("child", "fille au foulard", "F", "6-11"), ("child", "petit garçon", "M", "0-5"),
        ];
        for (var i = 0; i < people.Length; i++)
        {
            await officer.SelectOptionAsync($"#person-{i}-role", people[i].Role);
            await officer.FillAsync($"#person-{i}-label", people[i].Label);
            await officer.SelectOptionAsync($"#person-{i}-sex", people[i].Sex);
            await officer.SelectOptionAsync($"#person-{i}-age", people[i].Band);
        }
        await officer.ClickAsync("#add-person");
        await Assertions.Expect(officer.Locator("fieldset.person-row")).ToHaveCountAsync(5);
        await Assertions.Expect(officer.Locator("#person-3-label")).ToHaveValueAsync("petit garçon"); // nothing typed is lost
        await officer.SelectOptionAsync("#person-4-role", "child");
        await officer.FillAsync("#person-4-label", "fille aînée");
        await officer.SelectOptionAsync("#person-4-sex", "F");
        await officer.SelectOptionAsync("#person-4-age", "6-11");
        foreach (var (row, label) in new[] { (5, "femme en rouge"), (6, "femme en bleu") })
        {
            await officer.ClickAsync("#add-person");
            await officer.SelectOptionAsync($"#person-{row}-role", "traveller");
            await officer.FillAsync($"#person-{row}-label", label);
            await officer.SelectOptionAsync($"#person-{row}-sex", "F");
            await officer.SelectOptionAsync($"#person-{row}-age", "18-59");
        }
        foreach (var child in new[] { 2, 3, 4 })
        {
            await officer.SelectOptionAsync($"#person-{child}-related", new SelectOptionValue { Label = "1 — guide en casquette" });
            await officer.SelectOptionAsync($"#person-{child}-relation", "unrelated_adult");
        }
        var overflow = await officer.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the form is {overflow}px wider than a phone's screen");
        await Browser.ScreenshotAsync(officer, "interception-form-phone");
        // The link to the Arrests service drops as the officer saves: told so, nothing typed is lost, the retry records once.
        await stack.Arrests.DisposeAsync();
        try
        {
            await officer.ClickAsync("#save-interception");
            await Assertions.Expect(officer.Locator(".alert")).ToContainTextAsync("Le service ne répond pas");
            await Assertions.Expect(officer.Locator("#person-6-label")).ToHaveValueAsync("femme en bleu");
            await Assertions.Expect(officer.Locator("#person-4-related")).ToHaveValueAsync(await officer.InputValueAsync("input[name='F.People[0].Id']"));
        }
        finally
        {
            await stack.Arrests.StartAsync();
        }
        await officer.ClickAsync("#save-interception");
        await officer.WaitForURLAsync("**/post/interception/*");
        await Assertions.Expect(officer.Locator("#group-people tbody tr")).ToHaveCountAsync(7);
        await Assertions.Expect(officer.Locator("#group-summary")).ToContainTextAsync("AB-12345");

        // The first child travels with an unrelated adult and no authorisation: held, and IBESR has the referral.
        await officer.SetViewportSizeAsync(1280, 900);
        await officer.Locator("#group-people tbody tr").Nth(2).GetByRole(AriaRole.Link).ClickAsync();
        await officer.FillAsync("#given-names", "Fabienne");
        await officer.FillAsync("#age", "8");
        await officer.SelectOptionAsync("#accompanied", "unrelated_adult");
        await officer.ClickAsync("#check-minor");
        await Assertions.Expect(officer.Locator("#minor-check-result")).ToContainTextAsync("retenu pour protection");
        await Assertions.Expect(officer.Locator("#minor-check-result")).ToContainTextAsync("IBESR-NE");
        await Browser.ScreenshotAsync(officer, "minor-check-held");
        await officer.ClickAsync("#minor-check-result a");

        // The eldest girl shows a valid authorisation: verified, she may leave.
        await officer.Locator("#group-people tbody tr").Nth(4).GetByRole(AriaRole.Link).ClickAsync();
        await officer.FillAsync("#surname", "PIERRELOUIS");
        await officer.FillAsync("#given-names", "Nadia");
        await officer.FillAsync("#birth", DateTime.UtcNow.AddYears(-9).AddDays(-30).ToString("yyyy-MM-dd"));
        await officer.SelectOptionAsync("#accompanied", "relative");
        await officer.FillAsync("#auth-number", valid);
        await officer.ClickAsync("#check-minor");
        await Assertions.Expect(officer.Locator("#minor-check-result")).ToContainTextAsync("L’enfant peut partir.");
        await officer.ClickAsync("#minor-check-result a");

        // The woman in red: BorderPost proposes "probable victim" from her answers; the officer agrees, and she is referred.
        await officer.Locator("#group-people tbody tr").Nth(5).GetByRole(AriaRole.Link).ClickAsync();
        await officer.SelectOptionAsync("#recruitment", "job_offer");
        await officer.CheckAsync("input[name='F.Means'][value='deception']");
        await officer.CheckAsync("input[name='F.Purposes'][value='domestic_servitude']");
        await officer.SelectOptionAsync("#q-documentsControlledByOthers", "yes");
        await officer.SelectOptionAsync("#q-paidToCross", "no");
        await officer.ClickAsync("#propose");
        await Assertions.Expect(officer.Locator("#proposal")).ToContainTextAsync("victime probable de traite");
        await Assertions.Expect(officer.Locator("#proposal")).ToContainTextAsync("tromperie, servitude domestique, papiers gardés par un autre");
        await Assertions.Expect(officer.Locator("#outcome")).ToHaveValueAsync("probable_trafficking_victim");
        await Assertions.Expect(officer.Locator("#q-documentsControlledByOthers")).ToHaveValueAsync("yes"); // the answers stay
        await officer.FillAsync("#reason", "papiers gardés par le guide, travail promis");
        await officer.FillAsync("#surname", "ZANMI");
        await officer.FillAsync("#given-names", "Rose");
        await officer.FillAsync("#age", "27");
        await officer.CheckAsync("input[name='F.Indicators'][value='no_control_of_own_documents']");
        await officer.SelectOptionAsync("#consent", "yes");
        await Browser.ScreenshotAsync(officer, "screening-proposal");
        await officer.ClickAsync("#save-screening");
        await Assertions.Expect(officer.Locator("#screening-result")).ToContainTextAsync("Signalée comme victime probable");
        await officer.ClickAsync("#screening-result a");

        // The woman in blue paid the guide to cross, by her own choice: a smuggled migrant.
        await officer.Locator("#group-people tbody tr").Nth(6).GetByRole(AriaRole.Link).ClickAsync();
        await officer.SelectOptionAsync("#recruitment", "family_or_friend");
        foreach (var question in new[] { "#q-paidToCross", "#q-consented", "#q-freeAtDestination" })
        {
            await officer.SelectOptionAsync(question, "yes");
        }
        await officer.ClickAsync("#propose");
        await Assertions.Expect(officer.Locator("#proposal")).ToContainTextAsync("migrant ayant eu recours à un passeur");
        await officer.FillAsync("#reason", "a payé le guide, attendue par sa cousine");
        await officer.ClickAsync("#save-screening");
        await Assertions.Expect(officer.Locator("#screening-result")).ToContainTextAsync("Entretien enregistré.");
        await officer.ClickAsync("#screening-result a");

        // The guide is arrested from the group; the group shows the arrest and the children's outcomes.
        await officer.Locator("#group-people tbody tr").Nth(0).GetByRole(AriaRole.Link).ClickAsync();
        await officer.FillAsync("#surname", "DESTIN");
        await officer.FillAsync("#given-names", "Wilner");
        await officer.SelectOptionAsync("#sex", "M");
        await officer.FillAsync("#age", "38");
        await officer.CheckAsync("input[name='F.Offences'][value='migrant_smuggling']");
        await officer.ClickAsync("#arrest-form > button[type=submit]");
        await officer.WaitForURLAsync("**/post/interception/*");

        // The eldest girl is let through: the crossing form comes from the group, and her check there stands.
        await officer.Locator("#group-people tbody tr").Nth(4).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(officer.Locator("#direction")).ToHaveValueAsync("exit");
        await officer.FillAsync("#surname", "PIERRELOUIS");
        await officer.FillAsync("#given-names", "Nadia");
        await officer.FillAsync("#birth", DateTime.UtcNow.AddYears(-9).AddDays(-30).ToString("yyyy-MM-dd"));
        await officer.ClickAsync("#crossing-form button[formaction*='handler=Save']");
        await officer.WaitForURLAsync("**/post/interception/*");
        var rows = officer.Locator("#group-people tbody tr");
        await Assertions.Expect(rows.Nth(4)).ToContainTextAsync("Passage enregistré (Sortie) : Nadia PIERRELOUIS");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Wilner DESTIN (en garde à vue)");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("retenu pour protection");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("IBESR-NE : Référé");
        await Assertions.Expect(rows.Nth(4)).ToContainTextAsync("autorisé à partir");
        await Assertions.Expect(rows.Nth(5)).ToContainTextAsync("victime probable de traite · Référé");
        await Assertions.Expect(rows.Nth(6)).ToContainTextAsync("migrant ayant eu recours à un passeur");
        await Browser.ScreenshotAsync(officer, "interception-group");

        // At the crossing form, a girl leaving with her aunt on the revoked authorisation is held; no exit is recorded.
        await officer.GotoAsync("/post/crossings");
        await officer.FillAsync("#surname", "PIERRELOUIS");
        await officer.FillAsync("#given-names", "Luc");
        await officer.SelectOptionAsync("#sex", "F");
        await officer.FillAsync("#birth", DateTime.UtcNow.AddYears(-9).AddDays(-30).ToString("yyyy-MM-dd"));
        await officer.SelectOptionAsync("#direction", "exit");
        await officer.SelectOptionAsync("#minor-accompanied", "relative");
        await officer.FillAsync("#minor-authorisation", revoked);
        await officer.ClickAsync("#crossing-form button[formaction*='handler=Save']");
        await Assertions.Expect(officer.Locator(".alert")).ToContainTextAsync("Mineur retenu pour protection (autorisation révoquée");
        await Browser.ScreenshotAsync(officer, "crossing-minor-held");
    }
}
