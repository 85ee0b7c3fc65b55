using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.Documents.Tests;

public sealed class RegisterImportTests(DocumentsFactory service) : IClassFixture<DocumentsFactory>
{
    private readonly HttpClient _client = service.CreateClient();

    private static MultipartFormDataContent Csv(string text, string name = "extract.csv")
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", name);
        return form;
    }

    [Fact]
    public async Task The_admin_previews_a_register_extract_with_its_line_errors_then_imports_the_valid_lines_once()
    {
        var admin = service.Mint("admin");
        var number = "RD" + Random.Shared.Next(1_000_000, 9_999_999);
        var csv = $"issuing_country,document_number,status,reported_on\nHTI,{number},stolen,2026-03-01\nHTI,{number}B,lost,\nZZZ,X1,stolen,\n";
        foreach (var token in new[] { service.Mint("officer", "OUA"), service.Mint("hq"), service.Mint("protection", agency: "CNLTP") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Post, "/api/document-register/imports", token, Csv(csv))).StatusCode);
        }
        var preview = await _client.SendAsync(HttpMethod.Post, "/api/document-register/imports", admin, Csv(csv), language: "en");
        Assert.Equal(HttpStatusCode.Created, preview.StatusCode);
        var body = (await preview.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((4, 2, 1, false), ((int)body["lines"]!, (int)body["valid"]!, (int)body["invalid"]!, (bool)body["committed"]!));
        var error = body["errors"]!.AsArray().Single()!;
        Assert.Equal((4, "issuing_country"), ((int)error["line"]!, (string)error["column"]!));
        Assert.StartsWith("An ISO 3166-1", (string)error["message"]!);
        var sizeBefore = (int)body["registerSize"]!;

        var id = (string)body["importId"]!;
        for (var i = 0; i < 2; i++)
        {
            var committed = await _client.PostJsonAsync($"/api/document-register/imports/{id}/commit", admin, null);
            Assert.Equal(HttpStatusCode.OK, committed.StatusCode);
            var after = (await committed.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.True((bool)after["committed"]!);
            Assert.Equal(sizeBefore + 2, (int)after["registerSize"]!);
        }

        // The same extract again updates the entries instead of doubling them.
        var again = (await (await _client.SendAsync(HttpMethod.Post, "/api/document-register/imports", admin, Csv(csv))).Content.ReadFromJsonAsync<JsonObject>())!;
        var recommitted = await _client.PostJsonAsync($"/api/document-register/imports/{again["importId"]}/commit", admin, null);
        Assert.Equal(sizeBefore + 2, (int)(await recommitted.Content.ReadFromJsonAsync<JsonObject>())!["registerSize"]!);
    }

    [Fact]
    public async Task Bad_uploads_are_4xx_naming_the_file_and_store_nothing()
    {
        var admin = service.Mint("admin");
        var empty = await _client.SendAsync(HttpMethod.Post, "/api/document-register/imports", admin, new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal(["file"], (await empty.ProblemAsync()).ErrorFields());
        var binary = new MultipartFormDataContent { { new ByteArrayContent([0xFF, 0xFE, 0x00, 0x41, 0xC3]), "file", "scan.jpg" } };
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await _client.SendAsync(HttpMethod.Post, "/api/document-register/imports", admin, binary)).StatusCode);
        var json = await _client.SendAsync(HttpMethod.Post, "/api/document-register/imports", admin, JsonContent.Create(new { file = "x" }));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostJsonAsync($"/api/document-register/imports/{Guid.NewGuid()}/commit", admin, null)).StatusCode);
    }
}
