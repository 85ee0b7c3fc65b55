using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BorderPost.HttpApi.Arrests;
using BorderPost.HttpApi.Protection;
using BorderPost.Testing;
using Xunit.Abstractions;

namespace BorderPost.EndToEnd.Tests;

/// <summary>
/// Every write endpoint, through the gateway, with thousands of hostile requests (<see cref="HostileJson"/>): a valid
/// body with one value replaced or removed, bodies that are not JSON or are huge or nested thousands deep, ids that do
/// not exist or are all zeros, hostile forms and pictures. Whatever the answer, it is never a 5xx.
/// Records are written at post BEL on a day no other test counts.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class BadInputCorpusTests(BorderPostStack stack, ITestOutputHelper output)
{
    private const string Post = "BEL";
    private readonly HttpClient _client = stack.CreateClient();

    private sealed record Target(string Path, string Token, JsonNode Seed);

    [Fact]
    public async Task No_write_endpoint_answers_a_5xx_to_a_corpus_of_hostile_requests()
    {
        var targets = await TargetsAsync();
        var requests = new List<(string Path, string Token, Func<HttpContent> Body)>();
        foreach (var target in targets)
        {
            requests.AddRange(HostileJson.Mutations(target.Seed).Select(body => Request(target, () => HostileJson.Json(body))));
            requests.AddRange(HostileJson.Bodies.Select(body => Request(target, () => HostileJson.Json(body))));
            requests.Add(Request(target, () => new StringContent(target.Seed.ToJsonString(), Encoding.UTF8, "text/plain")));
            requests.Add(Request(target, () => HostileJson.Chunked("{\"x\":\"" + new string('C', 12_000_000) + "\"}")));
            requests.Add(Request(target, () => new ByteArrayContent([0xFF, 0xFE, 0x00, 0x7B, 0xC3, 0x28])
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
            }));
        }
        requests.AddRange(DocumentCheckForms().Select(form => ("/api/document-checks", Officer, form)));
        requests.AddRange(RegisterForms().Select(form => ("/api/document-register/imports", Admin, form)));

        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        using var slots = new SemaphoreSlim(8);
        await Task.WhenAll(requests.Select(async (r, i) =>
        {
            await slots.WaitAsync();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, r.Path) { Content = r.Body() };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", r.Token);
                // Sign-in attempts count against this address, not the loopback the other tests sign in from.
                request.Headers.Add("X-Forwarded-For", $"198.51.100.{i % 250 + 1}");
                using var response = await _client.SendAsync(request);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if ((int)response.StatusCode >= 500)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    failures.Add($"{(int)response.StatusCode} {r.Path}: {Shorten(await request.Content!.ReadAsStringAsync())} → {Shorten(body)}");
                }
            }
            finally
            {
                slots.Release();
            }
        }));

        output.WriteLine($"{requests.Count} requests: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(requests.Count >= 1000, $"only {requests.Count} requests");
        Assert.True(failures.IsEmpty, $"{failures.Count} answers were 5xx:\n" + string.Join("\n", failures.Take(20)));
    }

    private string Officer => stack.Tokens.Mint("officer", Post);
    private string Admin => stack.Tokens.Mint("admin");

    private static (string, string, Func<HttpContent>) Request(Target target, Func<HttpContent> body) => (target.Path, target.Token, body);

    private async Task<List<Target>> TargetsAsync()
    {
        var officer = Officer;
        var supervisor = stack.Tokens.Mint("supervisor", Post);
        var victims = stack.Tokens.Mint("protection", agency: "CNLTP");
        var admin = Admin;
        var day = Api.Day(13);

        var crossing = Api.Crossing(day, Post);
        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(officer, crossing)).StatusCode);
        var arrest = ProtectionApi.Arrest(day, Post);
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/arrests", officer, arrest)).StatusCode);
        var referralId = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/referrals", officer, ProtectionApi.Victim(referralId, Post))).StatusCode);
        var (crossingId, arrestId) = ((string)crossing["id"]!, (string)arrest["id"]!);
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/users", admin, new JsonObject
        {
            ["username"] = "corpus.target",
            ["displayName"] = "Corpus",
            ["role"] = "officer",
            ["post"] = Post,
            ["password"] = "corpus-password-1",
        })).StatusCode);
        var at = DateTime.UtcNow.AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm:ssZ");

        List<Target> targets =
        [
            new("/api/crossings", officer, Api.Crossing(day, Post)),
            new("/api/crossings/points", admin, new JsonObject { ["postCode"] = Post, ["code"] = "corpus-point", ["name"] = "Point du corpus" }),
            new("/api/arrests", officer, ProtectionApi.Arrest(day, Post, persons: [(Guid.NewGuid(), "victim")])),
            new("/api/referrals", officer, ProtectionApi.Minor(Guid.NewGuid(), Post)),
            new("/api/auth/token", officer, new JsonObject { ["username"] = "corpus.nobody", ["password"] = "wrong-password-1" }),
            new("/api/auth/password", officer, new JsonObject { ["currentPassword"] = "wrong-password-1", ["newPassword"] = "another-password-2" }),
            new("/api/users", admin, new JsonObject
            {
                ["username"] = "corpus.user", ["displayName"] = "Corpus", ["role"] = "officer", ["post"] = Post, ["password"] = "corpus-password-1",
            }),
        ];
        foreach (var id in new[] { crossingId, Guid.NewGuid().ToString(), Guid.Empty.ToString() })
        {
            var corrected = Api.Crossing(day, Post, id: Guid.Parse(id));
            targets.Add(new($"/api/crossings/{id}/corrections", officer, new JsonObject { ["crossing"] = corrected, ["reason"] = "Erreur de saisie" }));
            targets.Add(new($"/api/crossings/{id}/void", supervisor, new JsonObject { ["reason"] = "Doublon" }));
        }
        foreach (var id in new[] { arrestId, Guid.NewGuid().ToString(), Guid.Empty.ToString() })
        {
            var corrected = ProtectionApi.Arrest(day, Post, id: Guid.Parse(id));
            targets.Add(new($"/api/arrests/{id}/corrections", officer, new JsonObject { ["arrest"] = corrected, ["reason"] = "Erreur de saisie" }));
            targets.Add(new($"/api/arrests/{id}/transfer", officer, new JsonObject { ["to"] = "Parquet de Hinche", ["receivedBy"] = "Commissaire", ["transferredAt"] = at }));
            targets.Add(new($"/api/arrests/{id}/release", officer, new JsonObject { ["reason"] = "Pas de charges", ["releasedAt"] = at }));
        }
        foreach (var id in new[] { referralId.ToString(), Guid.NewGuid().ToString(), Guid.Empty.ToString() })
        {
            targets.Add(new($"/api/referrals/{id}/acknowledge", victims, new JsonObject()));
            targets.Add(new($"/api/referrals/{id}/handover", victims, new JsonObject { ["place"] = "Centre", ["handedOverAt"] = at, ["receivingPerson"] = "Mme Paul" }));
            targets.Add(new($"/api/referrals/{id}/reassign", victims, new JsonObject { ["agency"] = "IBESR-CE", ["reason"] = "Mineure en fait" }));
            targets.Add(new($"/api/referrals/{id}/close", victims, new JsonObject { ["outcome"] = "returned_to_family", ["note"] = "" }));
            targets.Add(new($"/api/document-checks/{id}/review", supervisor, new JsonObject { ["decision"] = "confirmed_fraudulent", ["reason"] = "Photo remplacée" }));
        }
        foreach (var user in new[] { "corpus.target", "nobody.here" })
        {
            targets.Add(new($"/api/users/{user}/update", admin, new JsonObject { ["displayName"] = "Corpus", ["role"] = "officer", ["post"] = Post }));
            targets.Add(new($"/api/users/{user}/password", admin, new JsonObject { ["password"] = "corpus-password-2" }));
            targets.Add(new($"/api/users/{user}/disable", admin, new JsonObject()));
            targets.Add(new($"/api/users/{user}/enable", admin, new JsonObject()));
        }
        targets.Add(new($"/api/document-register/imports/{Guid.NewGuid()}/commit", admin, new JsonObject()));

        // Issue 19: a stopped group, an adult's screening with a probable victim's referral, IBESR's authorisations, a minor's check.
        var (adult, child) = (Guid.NewGuid(), Guid.NewGuid());
        targets.Add(new("/api/interceptions", officer, Json(new InterceptionRequest(Guid.NewGuid(), Post, at, new PlaceRequest(Post, "Piste"),
            new MeansRequest("vehicle", "AB-1", "pickup"), ["Agent"],
            [new FoundPersonRequest(adult, "guide", "guide", "M", "18-59", []), new FoundPersonRequest(child, "child", "enfant", "F", "6-11",
                [new RelationRequest(adult, "unrelated_adult")])], []))));
        targets.Add(new("/api/screenings", officer, Json(new ScreeningRequest(Guid.NewGuid(), Post, Guid.NewGuid(), adult,
            new ScreeningAnswersRequest("job_offer", ["deception"], ["labour"], true, true, false, false, false),
            new ScreeningDecisionRequest("probable_trafficking_victim", "indices"), AsRequest<ReferralRequest>(ProtectionApi.Victim(Guid.NewGuid(), Post))))));
        var ibesr = stack.Tokens.Mint("protection", agency: "IBESR-CE");
        var today = Api.Day(0);
        var authorisation = new TravelAuthorisationRequest(Guid.NewGuid(), "IBESR-CE/CORPUS-1", today.AddDays(-1), today.AddMonths(1),
            new AuthorisedChildRequest("CORPUS", "Enfant", today.AddYears(-8), "F"), new AuthorisingParentRequest("CORPUS", "Mère", "mother"), null);
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/travel-authorisations", ibesr, Json(authorisation))).StatusCode);
        targets.Add(new("/api/travel-authorisations", ibesr, Json(authorisation with { Id = Guid.NewGuid(), Number = "IBESR-CE/CORPUS-2" })));
        foreach (var id in new[] { authorisation.Id.ToString()!, Guid.NewGuid().ToString(), Guid.Empty.ToString() })
        {
            targets.Add(new($"/api/travel-authorisations/{id}/revoke", ibesr, new JsonObject { ["reason"] = "Consentement retiré" }));
        }
        targets.Add(new("/api/minor-checks", officer, Json(new MinorTravelCheckRequest(Guid.NewGuid(), Post, Guid.NewGuid(), child, null,
            new BorderPost.HttpApi.People.PersonRequest("CORPUS", "Enfant", "F", today.AddYears(-8), null, "HTI"), "relative", new AdultRequest("guide", "aucun", true, null),
            new PresentedAuthorisationRequest("IBESR-CE/CORPUS-1", today.AddDays(-1), "IBESR-CE", new AuthorisingParentRequest("CORPUS", "Mère", "mother")),
            "Piste", "ht", "raison écrite"))));
        return targets;
    }

    private static IEnumerable<Func<HttpContent>> DocumentCheckForms()
    {
        var (passport, _) = DocumentSamples.CleanPassport();
        byte[] pngBomb = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01, 0x86, 0xA0, 0x00, 0x01, 0x86, 0xA0, 8, 6, 0, 0, 0, 0, 0, 0, 0];
        byte[] truncatedJpeg = passport[..(passport.Length / 3)];
        byte[] polyglot = [0xFF, 0xD8, 0xFF, .. Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>%PDF-1.4")];
        var images = new (byte[] Bytes, string Type)[]
        {
            (pngBomb, "image/png"), (truncatedJpeg, "image/jpeg"), (polyglot, "image/jpeg"), ([], "image/jpeg"),
            (Encoding.UTF8.GetBytes("not a picture"), "text/plain"), (new byte[3_000_000], "image/jpeg"),
        };
        foreach (var (bytes, type) in images)
        {
            yield return () => DocumentSamples.Upload(bytes, type);
        }
        foreach (var value in new[] { "", "not-a-guid", Guid.Empty.ToString(), new string('9', 5000), "\u0000" })
        {
            foreach (var field in new[] { "checkId", "crossingId", "expectedDocumentType" })
            {
                yield return () => DocumentSamples.Upload(pngBomb, "image/png", (field, value));
            }
        }
        yield return () => new StringContent("--x\r\nContent-Disposition: form-data; name=\"image\"\r\n\r\nabc", Encoding.UTF8, "multipart/form-data");
        yield return () => new StringContent("image=abc", Encoding.UTF8, "application/x-www-form-urlencoded");
        yield return () => HostileJson.Json("{}");
    }

    private static IEnumerable<Func<HttpContent>> RegisterForms()
    {
        var files = new[]
        {
            "", "\u0000\u0001\u0002", "number,country\n" + new string(',', 10_000), "a;b;c\n\"unterminated", "\uFEFFnumber\n<script>",
            string.Join("\n", Enumerable.Repeat("P1234567,HTI,passport,2030-01-01,lost", 5_000)),
        };
        foreach (var file in files)
        {
            yield return () => new MultipartFormDataContent { { new StringContent(file, Encoding.UTF8, "text/csv"), "file", "register.csv" } };
        }
        yield return () => new MultipartFormDataContent { { new ByteArrayContent(new byte[2_000_000]), "file", "../../register.csv" } };
        yield return () => HostileJson.Json("{\"file\": \"x\"}");
    }

    private static JsonObject Json<T>(T request) => System.Text.Json.JsonSerializer.SerializeToNode(request, System.Text.Json.JsonSerializerOptions.Web)!.AsObject();

    private static T AsRequest<T>(JsonObject body) => System.Text.Json.JsonSerializer.Deserialize<T>(body, System.Text.Json.JsonSerializerOptions.Web)!;

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
