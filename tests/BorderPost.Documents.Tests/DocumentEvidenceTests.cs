using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.Documents.Tests;

/// <summary>Issue 15: the registers consulted on each check, the evidence picture, and a supervisor's review.</summary>
public sealed class DocumentEvidenceTests(DocumentsFactory service) : IClassFixture<DocumentsFactory>
{
    private readonly HttpClient _client = service.CreateClient();

    private async Task<JsonObject> CheckAsync(string token, byte[] image, Guid? crossingId = null)
    {
        var fields = crossingId is { } id ? new[] { ("crossingId", id.ToString()) } : [];
        var response = await _client.SendAsync(HttpMethod.Post, "/api/document-checks", token, DocumentSamples.Upload(image, fields: fields));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private async Task ImportAsync(string csv)
    {
        var admin = service.Mint("admin");
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "extract.csv" } };
        var preview = (await (await _client.SendAsync(HttpMethod.Post, "/api/document-register/imports", admin, form)).Content.ReadFromJsonAsync<JsonObject>())!;
        var committed = await _client.PostJsonAsync($"/api/document-register/imports/{preview["importId"]}/commit", admin, null);
        Assert.Equal(HttpStatusCode.OK, committed.StatusCode);
    }

    private static JsonNode? Finding(JsonObject check, string code) => check["findings"]!.AsArray().FirstOrDefault(f => (string?)f!["code"] == code);

    [Fact]
    public async Task A_document_in_the_lost_or_stolen_register_is_fraudulent_with_the_lines_source_and_date_until_the_line_is_removed()
    {
        var officer = service.Mint("officer", "OUA");
        var (image, mrz) = DocumentSamples.CleanPassport(2);
        var number = mrz.Split('\n')[1][..9].TrimEnd('<');
        var country = mrz.Split('\n')[0][2..5];
        Assert.Equal("clear", (string?)(await CheckAsync(officer, image))["verdict"]);

        await ImportAsync($"issuing_country,document_number,status,reported_on,source\n{country},{number},stolen,2026-03-01,DCPJ Port-au-Prince\n");
        var hit = await CheckAsync(officer, image);

        Assert.Equal("fraudulent", (string?)hit["verdict"]);
        var finding = Finding(hit, "register.lost_or_stolen")!;
        Assert.Equal("critical", (string?)finding["severity"]);
        Assert.Contains("2026-03-01", (string)finding["message"]!["fr"]!);
        Assert.Contains("DCPJ Port-au-Prince", (string)finding["message"]!["en"]!);

        await ImportAsync($"issuing_country,document_number,status\n{country},{number},recovered\n");
        var after = await CheckAsync(officer, image);
        Assert.Equal("clear", (string?)after["verdict"]);
        Assert.Null(Finding(after, "register.lost_or_stolen"));
    }

    [Fact]
    public async Task A_number_used_at_two_crossings_by_two_identities_is_fraudulent_and_one_document_at_two_posts_is_suspicious()
    {
        var genuine = DocumentSamples.File("Portraits/0005-passport-scan.jpg");
        var reused = DocumentSamples.File("Portraits/0006-passport-scan.jpg");

        var first = await CheckAsync(service.Mint("officer", "OUA"), genuine, Guid.NewGuid());
        Assert.Equal("clear", (string?)first["verdict"]);

        var elsewhere = await CheckAsync(service.Mint("officer", "MAL"), genuine, Guid.NewGuid());
        Assert.Equal("suspicious", (string?)elsewhere["verdict"]);
        Assert.Contains("OUA", (string)Finding(elsewhere, "document.seen_elsewhere")!["message"]!["fr"]!);

        var second = await CheckAsync(service.Mint("officer", "AAP"), reused, Guid.NewGuid());
        Assert.Equal("fraudulent", (string?)second["verdict"]);
        var finding = Finding(second, "document.number_reused")!;
        Assert.Equal("critical", (string?)finding["severity"]);
        // Where and when it was seen, never the other holder's name.
        Assert.DoesNotContain("JOSEPH", second.ToJsonString());
    }

    [Fact]
    public async Task A_printed_field_that_contradicts_the_mrz_is_fraudulent_with_both_readings_and_the_fields_region()
    {
        var officer = service.Mint("officer", "OUA");

        var forged = await CheckAsync(officer, DocumentSamples.File("Portraits/0000-passport-scan.jpg"));
        var genuine = await CheckAsync(officer, DocumentSamples.File("Portraits/0021-passport-scan.jpg"));

        Assert.Equal("fraudulent", (string?)forged["verdict"]);
        Assert.Contains("ne disent pas la même chose", (string)Finding(forged, "viz.mismatch")!["message"]!["fr"]!);
        var evidence = forged["evidence"]!.AsArray().Single(e => (string?)e!["code"] == "viz.mismatch")!;
        Assert.NotEqual((string?)evidence["expected"], (string?)evidence["found"]);
        Assert.True((int)evidence["region"]!["y"]! + (int)evidence["region"]!["height"]! <= (int)forged["mrzRegion"]!["y"]!);
        Assert.Equal("clear", (string?)genuine["verdict"]);
    }

    [Fact]
    public async Task A_passport_without_a_face_where_its_portrait_belongs_is_suspicious_and_its_genuine_twin_is_clear()
    {
        var officer = service.Mint("officer", "BEL");

        var genuine = await CheckAsync(officer, DocumentSamples.File("Portraits/0019-passport-scan.jpg"));
        var forged = await CheckAsync(officer, DocumentSamples.File("Portraits/0019-passport-scan-photo.jpg"));

        Assert.Equal("clear", (string?)genuine["verdict"]);
        Assert.Equal("suspicious", (string?)forged["verdict"]);
        Assert.Contains("Aucun visage", (string)Finding(forged, "photo.face_missing")!["message"]!["fr"]!);
        var evidence = forged["evidence"]!.AsArray().Single(e => (string?)e!["code"] == "photo.face_missing")!;
        Assert.True((int)evidence["region"]!["y"]! < (int)forged["mrzRegion"]!["y"]!);
    }

    [Fact]
    public async Task The_evidence_picture_shows_the_findings_regions_to_the_post_that_made_the_check_only()
    {
        var check = await CheckAsync(service.Mint("officer", "OUA"), DocumentSamples.Forged().Bytes);
        var path = $"/api/document-checks/{check["checkId"]}/evidence";

        var evidence = check["evidence"]!.AsArray().First(e => (string?)e!["code"] == "mrz.check_digit")!;
        Assert.True((int)evidence["region"]!["width"]! > 100);
        Assert.True((double)evidence["score"]! >= (double)evidence["threshold"]!);
        Assert.Equal(evidence["region"]!.ToJsonString(), check["mrzRegion"]!.ToJsonString());

        var response = await _client.SendAsync(HttpMethod.Get, path, service.Mint("supervisor", "OUA"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var picture = await response.Content.ReadAsByteArrayAsync();
        Assert.True(picture is [0xFF, 0xD8, ..] && picture.Length > 10_000, "not a JPEG picture");

        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Get, path, service.Mint("officer", "MAL"))).StatusCode);
        foreach (var token in new[] { service.Mint("hq"), service.Mint("protection", agency: "IBESR-NE"), service.Mint("admin") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, path, token)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_of_the_post_reviews_a_fraudulent_check_once_and_an_officer_cannot()
    {
        var check = await CheckAsync(service.Mint("officer", "AAP"), DocumentSamples.Forged().Bytes);
        Assert.Equal("fraudulent", (string?)check["verdict"]);
        var path = $"/api/document-checks/{check["checkId"]}/review";
        var confirm = new JsonObject { ["decision"] = "confirm", ["reason"] = "Chiffre de date de naissance gratté, vu à la loupe." };
        var supervisor = service.Mint("supervisor", "AAP");

        Assert.Equal(HttpStatusCode.Forbidden, (await _client.PostJsonAsync(path, service.Mint("officer", "AAP"), confirm)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostJsonAsync(path, service.Mint("supervisor", "OUA"), confirm)).StatusCode);
        var bad = await _client.PostJsonAsync(path, supervisor, new JsonObject { ["decision"] = "maybe" }, language: "en");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["decision", "reason"], (await bad.ProblemAsync()).ErrorFields().Order());

        var reviewed = await _client.PostJsonAsync(path, supervisor, confirm);
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        var review = (await reviewed.Content.ReadFromJsonAsync<JsonObject>())!["review"]!;
        Assert.Equal(("confirm", "test.supervisor"), ((string?)review["decision"], (string?)review["reviewedBy"]));
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync(path, supervisor, confirm)).StatusCode);
        var overturn = new JsonObject { ["decision"] = "overturn", ["reason"] = "Autre avis." };
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostJsonAsync(path, supervisor, overturn)).StatusCode);
        var stored = (await (await _client.SendAsync(HttpMethod.Get, $"/api/document-checks/{check["checkId"]}", supervisor)).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("confirm", (string?)stored["review"]!["decision"]);

        var clear = await CheckAsync(service.Mint("officer", "AAP"), DocumentSamples.CleanPassport(3).Bytes);
        Assert.Equal("clear", (string?)clear["verdict"]);
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostJsonAsync($"/api/document-checks/{clear["checkId"]}/review", supervisor, confirm)).StatusCode);
    }
}
