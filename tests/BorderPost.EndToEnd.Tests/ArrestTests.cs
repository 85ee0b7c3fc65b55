using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BorderPost.Contracts.Arrests;
using BorderPost.Contracts.Protection;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

[Collection(StackCollection.Name)]
public sealed class ArrestTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task A_bad_arrest_or_referral_names_every_bad_field_in_the_callers_language_and_stores_nothing()
    {
        var officer = stack.Tokens.Mint("officer", "OUA");
        var arrest = ProtectionApi.Arrest(Api.Day(3), "OUA", persons: [(Guid.NewGuid(), "child")]);
        arrest["offences"] = new JsonArray("migrant_smuggling", "jaywalking");
        arrest["place"]!["crossingPoint"] = "MAL-XYZ";
        arrest["suspect"]!["nationality"] = "HAITI";
        arrest["suspect"]!["document"]!["number"] = "AB-12";
        arrest["seizedItems"] = new JsonArray(new JsonObject { ["kind"] = "cash", ["quantity"] = 0 });
        arrest["occurredAt"] = "2026-11-23 10:00";
        var response = await _client.PostJsonAsync("/api/arrests", officer, arrest, language: "ht");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal(["occurredAt", "offences[1]", "personsToRefer[0].kind", "place.crossingPoint", "seizedItems[0].quantity",
            "suspect.document.number", "suspect.nationality"], problem.ErrorFields());
        Assert.Equal("Demann lan gen chan ki pa valab.", (string)problem["title"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Get, $"/api/arrests/{arrest["id"]}", officer)).StatusCode);

        var referralId = Guid.NewGuid();
        var referral = ProtectionApi.Minor(referralId, "OUA");
        referral["person"]!["estimatedAge"] = 30;
        referral["agency"] = "CNLTP";
        referral["language"] = "kreyòl";
        referral["minor"]!["foundAt"]!["how"] = "by chance";
        referral["minor"]!["family"]!["phone"] = "call me";
        referral["victim"] = new JsonObject { ["consentToReferral"] = true };
        response = await _client.PostJsonAsync("/api/referrals", officer, referral, language: "en");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        problem = await response.ProblemAsync();
        Assert.Equal(["agency", "language", "minor.family.phone", "minor.foundAt.how", "person.estimatedAge", "victim"], problem.ErrorFields());
        Assert.StartsWith("A minor is under 18", (string)problem["errors"]!["person.estimatedAge"]![0]!);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Get, $"/api/referrals/{referralId}", officer)).StatusCode);

        var victim = ProtectionApi.Victim(Guid.NewGuid(), "OUA");
        victim["victim"] = new JsonObject { ["indicators"] = new JsonArray() };
        victim["person"] = new JsonObject { ["sex"] = "F" };
        problem = await (await _client.PostJsonAsync("/api/referrals", officer, victim)).ProblemAsync();
        Assert.Equal(["person.dateOfBirth", "victim.consentToReferral", "victim.indicators"], problem.ErrorFields());

        var notJson = await _client.SendAsync(HttpMethod.Post, "/api/referrals", officer, new StringContent("kind=minor", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        var broken = await _client.SendAsync(HttpMethod.Post, "/api/arrests", officer, new StringContent("{\"id\": 12", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var unknownChild = ProtectionApi.Minor(Guid.NewGuid(), "OUA");
        unknownChild["person"] = new JsonObject { ["sex"] = "M" };
        unknownChild["ageBand"] = "6-11";
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/referrals", officer, unknownChild)).StatusCode);
    }

    [Fact]
    public async Task Custody_and_corrections_are_events_that_move_the_counts_and_refer_newly_listed_persons()
    {
        var officer = stack.Tokens.Mint("officer", "MAL");
        var ibesrOuest = stack.Tokens.Mint("protection", agency: "IBESR-OU");
        var hq = stack.Tokens.Mint("hq");
        var day = Api.Day(61);
        var arrest = ProtectionApi.Arrest(day, "MAL");
        var id = (string)arrest["id"]!;
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/arrests", officer, arrest)).StatusCode);

        // The correction adds a suspected offence and a child found later in the vehicle.
        var child = Guid.NewGuid();
        var corrected = (JsonObject)arrest.DeepClone();
        corrected["offences"] = new JsonArray("migrant_smuggling", "human_trafficking");
        corrected["personsToRefer"] = new JsonArray(new JsonObject { ["referralId"] = child.ToString(), ["kind"] = "minor" });
        var correction = await _client.PostJsonAsync($"/api/arrests/{id}/corrections", officer,
            new JsonObject { ["arrest"] = corrected, ["reason"] = "Enfant retrouvé dans le coffre" });
        Assert.Equal(HttpStatusCode.OK, correction.StatusCode);
        Assert.Equal(1, (int)(await correction.Content.ReadFromJsonAsync<JsonObject>())!["corrections"]!);
        // Withdrawing the child by another correction is refused: referrals are closed in Protection.
        var withdrawn = await _client.PostJsonAsync($"/api/arrests/{id}/corrections", officer,
            new JsonObject { ["arrest"] = arrest.DeepClone(), ["reason"] = "Erreur" });
        Assert.Equal(["arrest.personsToRefer"], (await withdrawn.ProblemAsync()).ErrorFields());

        var transfer = new JsonObject { ["to"] = "prosecutor", ["receivedBy"] = "Substitut Augustin", ["transferredAt"] = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O") };
        var transferred = await _client.PostJsonAsync($"/api/arrests/{id}/transfer", officer, transfer);
        Assert.Equal(HttpStatusCode.OK, transferred.StatusCode);
        Assert.Equal("transferred", (string)(await transferred.Content.ReadFromJsonAsync<JsonObject>())!["custody"]!);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync($"/api/arrests/{id}/transfer", officer, transfer)).StatusCode); // a retry
        var release = await _client.PostJsonAsync($"/api/arrests/{id}/release", officer,
            new JsonObject { ["reason"] = "Libéré", ["releasedAt"] = DateTimeOffset.UtcNow.ToString("O") });
        Assert.Equal(HttpStatusCode.Conflict, release.StatusCode);
        Assert.StartsWith("Le suspect a déjà été transféré", (string)(await release.ProblemAsync())["title"]!);

        Assert.Equal(1, await _client.SettledCountAsync(hq, "MAL", "arrest.offence.human_trafficking", day, day, 1));
        Assert.Equal(1, await _client.SettledCountAsync(hq, "MAL", "arrest.offence.migrant_smuggling", day, day, 1));
        Assert.Equal(1, await _client.SettledCountAsync(hq, "MAL", "arrest.persons", day, day, 1));
        Assert.True(await Api.EventuallyAsync(async () => (await _client.InboxAsync(ibesrOuest)).Any(i => (string)i["id"]! == child.ToString())));
        var view = await _client.GetJsonAsync($"/api/arrests/{id}", officer);
        Assert.Equal("Substitut Augustin", (string)view["transfer"]!["receivedBy"]!);
    }

    [Fact]
    public async Task Duplicate_submissions_and_redelivered_messages_change_no_totals()
    {
        var officer = stack.Tokens.Mint("officer", "AAP");
        var ibesrSudEst = stack.Tokens.Mint("protection", agency: "IBESR-SE");
        var hq = stack.Tokens.Mint("hq");
        var day = Api.Day(62);
        var child = Guid.NewGuid();
        var arrest = ProtectionApi.Arrest(day, "AAP", persons: [(child, "minor")]);
        var referral = ProtectionApi.Minor(child, "AAP", Guid.Parse((string)arrest["id"]!));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/arrests", officer, arrest)).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/referrals", officer, referral)).StatusCode);
        }
        var changed = (JsonObject)referral.DeepClone();
        changed["person"]!["givenNames"] = "AUTRE";
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostJsonAsync("/api/referrals", officer, changed)).StatusCode);

        // The same integration events delivered again and again, as after a broker or consumer failure.
        var listed = Guid.NewGuid();
        var redelivered = new ArrestRecorded(Guid.NewGuid(), Guid.NewGuid(), 1, "AAP", new ArrestFacts("AAP", day, ["contraband"]),
            [new PersonToRefer(listed, "minor", "IBESR-SE")], DateTimeOffset.UtcNow);
        var opened = new ReferralOpened(Guid.NewGuid(), Guid.NewGuid(), "AAP", new ReferralFacts("AAP", "victim", "CNLTP"), day, null,
            DateTimeOffset.UtcNow.AddHours(24), DateTimeOffset.UtcNow);
        await TestBus.PublishAsync(stack.RabbitUri, redelivered, opened, redelivered, redelivered, opened);

        Assert.Equal(2, await _client.SettledCountAsync(hq, "AAP", "arrest.persons", day, day, 2));
        Assert.Equal(1, await _client.CountAsync(hq, "AAP", "arrest.offence.contraband", day, day));
        Assert.Equal(1, await _client.SettledCountAsync(hq, "AAP", "referral.victim.referred", day, day, 1)); // another message, another queue
        var today = Api.Day(0);
        Assert.Equal(2, await _client.SettledCountAsync(hq, "AAP", "referral.minor.referred", today.AddDays(-1), today.AddDays(60), 2));
        var inbox = await _client.InboxAsync(ibesrSudEst);
        Assert.True(await Api.EventuallyAsync(async () => (inbox = await _client.InboxAsync(ibesrSudEst)).Any(i => (string)i["id"]! == listed.ToString())));
        Assert.Single(inbox, i => (string)i["id"]! == child.ToString());
        Assert.Single(inbox, i => (string)i["id"]! == listed.ToString() && (bool)i["detailsPending"]!);
    }

    [Fact]
    public async Task Arrests_and_referrals_made_while_the_broker_is_unreachable_are_referred_and_counted_once_it_returns()
    {
        var officer = stack.Tokens.Mint("officer", "MAL");
        var ibesrOuest = stack.Tokens.Mint("protection", agency: "IBESR-OU");
        var hq = stack.Tokens.Mint("hq");
        var day = Api.Day(64);
        var today = Api.Day(0);
        var victimsBefore = await _client.StableCountAsync(hq, "MAL", "referral.victim.referred", today.AddDays(-1), today.AddDays(60));
        var (child, adult) = (Guid.NewGuid(), Guid.NewGuid());
        var arrest = ProtectionApi.Arrest(day, "MAL", offences: ["human_trafficking"], persons: [(child, "minor"), (adult, "victim")]);

        stack.ArrestsBrokerLink.Stop();
        stack.ProtectionBrokerLink.Stop();
        try
        {
            // The post keeps working: both writes are stored and answered at once.
            Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/arrests", officer, arrest)).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/referrals", officer,
                ProtectionApi.Victim(adult, "MAL", Guid.Parse((string)arrest["id"]!)))).StatusCode);
            Assert.True(await Api.HoldsAsync(async () =>
                await _client.CountAsync(hq, "MAL", "arrest.persons", day, day) == 0
                && !(await _client.InboxAsync(ibesrOuest)).Any(i => (string)i["id"]! == child.ToString()), TimeSpan.FromSeconds(3)));
        }
        finally
        {
            stack.ArrestsBrokerLink.Start();
            stack.ProtectionBrokerLink.Start();
        }

        Assert.Equal(1, await _client.SettledCountAsync(hq, "MAL", "arrest.offence.human_trafficking", day, day, 1, TimeSpan.FromSeconds(90)));
        Assert.Equal(1, await _client.CountAsync(hq, "MAL", "arrest.persons", day, day));
        Assert.True(await Api.EventuallyAsync(async () => (await _client.InboxAsync(ibesrOuest)).Any(i => (string)i["id"]! == child.ToString())));
        Assert.Equal(victimsBefore + 1, await _client.SettledCountAsync(hq, "MAL", "referral.victim.referred", today.AddDays(-1), today.AddDays(60), victimsBefore + 1));
    }
}
