using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.Documents.Tests;

public sealed class DocumentCheckTests(DocumentsFactory service) : IClassFixture<DocumentsFactory>
{
    private readonly HttpClient _client = service.CreateClient();

    private async Task<(HttpResponseMessage Response, JsonObject Body)> CheckAsync(string token, HttpContent content, string? language = null)
    {
        var response = await _client.SendAsync(HttpMethod.Post, "/api/document-checks", token, content, language);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>() ?? [];
        return (response, body);
    }

    [Fact]
    public async Task A_passport_scan_is_read_validated_stored_and_can_be_read_back()
    {
        var officer = await service.SignInAsync("officer.oua");
        var (image, mrz) = DocumentSamples.CleanPassport();
        var crossingId = Guid.NewGuid();

        var (response, body) = await CheckAsync(officer, DocumentSamples.Upload(image, fields: [("crossingId", crossingId.ToString()), ("expectedDocumentType", "passport")]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("clear", (string?)body["verdict"]);
        Assert.Equal("TD3", (string?)body["mrz"]!["format"]);
        Assert.Equal(mrz.Split('\n'), body["mrz"]!["lines"]!.AsArray().Select(l => (string)l!));
        var fields = body["mrz"]!["fields"]!;
        Assert.Equal(mrz.Split('\n')[0][2..5], (string?)fields["issuingCountry"]);
        Assert.False(string.IsNullOrEmpty((string?)fields["surname"]));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string?)fields["birthDate"]);
        Assert.True((double)body["timingsMs"]!["total"]! > 0);
        Assert.Equal(crossingId.ToString(), (string?)body["crossingId"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(image)), (string?)body["image"]!["sha256"]);
        Assert.Equal(image.Length, (long)body["image"]!["size"]!);

        var id = (string)body["checkId"]!;
        var again = await _client.SendAsync(HttpMethod.Get, $"/api/document-checks/{id}", officer);
        var stored = await again.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("clear", (string?)stored!["verdict"]);
        Assert.Equal(body["mrz"]!.ToJsonString(), stored["mrz"]!.ToJsonString());

        var picture = await _client.SendAsync(HttpMethod.Get, $"/api/document-checks/{id}/image", officer);
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/jpeg", picture.Content.Headers.ContentType?.MediaType);
        Assert.True(picture.Headers.CacheControl?.NoStore);
        Assert.Equal(image, await picture.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_id_card_is_read_as_td1()
    {
        var officer = await service.SignInAsync("supervisor.oua");
        var (image, mrz) = DocumentSamples.CleanIdCard();

        var (response, body) = await CheckAsync(officer, DocumentSamples.Upload(image));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("TD1", (string?)body["mrz"]!["format"]);
        Assert.Equal(mrz.Split('\n'), body["mrz"]!["lines"]!.AsArray().Select(l => (string)l!));
    }

    [Fact]
    public async Task A_forged_mrz_is_fraudulent_and_says_so_in_french_and_english()
    {
        var officer = await service.SignInAsync("officer.oua");

        var (response, body) = await CheckAsync(officer, DocumentSamples.Upload(DocumentSamples.Forged().Bytes));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("fraudulent", (string?)body["verdict"]);
        var finding = body["findings"]!.AsArray().First(f => (string?)f!["code"] == "mrz.check_digit")!;
        Assert.Equal("critical", (string?)finding["severity"]);
        Assert.StartsWith("Le chiffre de contrôle", (string?)finding["message"]!["fr"], StringComparison.Ordinal);
        Assert.StartsWith("The check digit", (string?)finding["message"]!["en"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_with_the_same_check_id_answers_as_the_first_time_and_another_image_conflicts()
    {
        var officer = await service.SignInAsync("officer.oua");
        var id = Guid.NewGuid().ToString();
        var (passport, _) = DocumentSamples.CleanPassport();

        var first = await CheckAsync(officer, DocumentSamples.Upload(passport, fields: ("checkId", id)));
        var retry = await CheckAsync(officer, DocumentSamples.Upload(passport, fields: ("checkId", id)));
        var other = await _client.SendAsync(HttpMethod.Post, "/api/document-checks", officer,
            DocumentSamples.Upload(DocumentSamples.CleanIdCard().Bytes, fields: ("checkId", id)));

        Assert.Equal(HttpStatusCode.Created, first.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.Response.StatusCode);
        Assert.Equal(first.Body["mrz"]!.ToJsonString(), retry.Body["mrz"]!.ToJsonString());
        Assert.Equal(id, (string?)retry.Body["checkId"]);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        await other.ProblemAsync();
    }

    [Fact]
    public async Task Only_officers_and_supervisors_check_documents_and_only_their_posts_checks_are_visible()
    {
        var officer = await service.SignInAsync("officer.oua");
        var (image, _) = DocumentSamples.CleanPassport();
        var (_, body) = await CheckAsync(officer, DocumentSamples.Upload(image));
        var path = $"/api/document-checks/{body["checkId"]}";

        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(HttpMethod.Post, "/api/document-checks", null, DocumentSamples.Upload(image))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(HttpMethod.Get, path, null)).StatusCode);
        foreach (var role in new[] { "hq", "protection", "admin" })
        {
            var token = service.Mint(role, role == "hq" ? null : "OUA");
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Post, "/api/document-checks", token, DocumentSamples.Upload(image))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, path, token)).StatusCode);
        }
        var elsewhere = service.Mint("supervisor", "MAL");
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Get, path, elsewhere)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Get, path + "/image", elsewhere)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, path + "/image", service.Mint("hq"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(HttpMethod.Get, path + "/image", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Get, path, await service.SignInAsync("supervisor.oua"))).StatusCode);
    }
}
