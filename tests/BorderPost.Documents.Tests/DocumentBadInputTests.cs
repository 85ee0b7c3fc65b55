using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BorderPost.Testing;

namespace BorderPost.Documents.Tests;

public sealed class DocumentBadInputTests(DocumentsFactory service) : IClassFixture<DocumentsFactory>
{
    private readonly HttpClient _client = service.CreateClient();

    public static TheoryData<string, int> BadImages => new()
    {
        { "empty", 400 },
        { "text", 415 },
        { "gif", 415 },
        { "truncated-jpeg", 400 },
        { "over-10-mb", 413 },
        { "over-40-megapixels", 413 },
        { "jpeg-without-header", 415 },
    };

    [Theory]
    [MemberData(nameof(BadImages))]
    public async Task A_bad_image_is_a_4xx_problem_naming_the_image_and_nothing_is_stored(string kind, int status)
    {
        var officer = await service.SignInAsync("officer.oua");
        var id = Guid.NewGuid();

        var response = await _client.SendAsync(HttpMethod.Post, "/api/document-checks", officer,
            DocumentSamples.Upload(Image(kind), fields: ("checkId", id.ToString())));

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal(["image"], (await response.ProblemAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Get, $"/api/document-checks/{id}", officer)).StatusCode);
        var (passport, _) = DocumentSamples.CleanPassport();
        Assert.Equal(HttpStatusCode.Created, (await _client.SendAsync(HttpMethod.Post, "/api/document-checks", officer, DocumentSamples.Upload(passport))).StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_415()
    {
        var officer = await service.SignInAsync("officer.oua");

        var response = await _client.SendAsync(HttpMethod.Post, "/api/document-checks", officer,
            new StringContent("{\"image\": \"...\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task A_missing_image_and_bad_fields_are_each_named_in_the_callers_language()
    {
        var officer = await service.SignInAsync("officer.oua");
        var form = new MultipartFormDataContent
        {
            { new StringContent("not-a-guid"), "crossingId" },
            { new StringContent("driving_licence"), "expectedDocumentType" },
        };

        var response = await _client.SendAsync(HttpMethod.Post, "/api/document-checks", officer, form, "en");
        var problem = await response.ProblemAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["crossingId", "expectedDocumentType", "image"], problem.ErrorFields());
        Assert.Equal("The request has invalid fields.", (string?)problem["title"]);
    }

    [Fact]
    public async Task A_cut_off_multipart_body_is_a_400()
    {
        var officer = await service.SignInAsync("officer.oua");
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.jpg\"\r\n\r\n\xFF\xD8"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var response = await _client.SendAsync(HttpMethod.Post, "/api/document-checks", officer, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ProblemAsync();
    }

    private static byte[] Image(string kind)
    {
        var (jpeg, _) = DocumentSamples.CleanPassport();
        switch (kind)
        {
            case "empty":
                return [];
            case "text":
                return Encoding.UTF8.GetBytes("Ceci n'est pas une image.");
            case "gif":
                return "GIF89a\u0001\0\u0001\0\0\0\0;"u8.ToArray();
            case "truncated-jpeg":
                return jpeg[..(jpeg.Length / 3)];
            case "over-10-mb":
                var big = new byte[10 * 1024 * 1024 + 10];
                jpeg.CopyTo(big, 0);
                return big;
            case "over-40-megapixels":
                // A real 1x1 PNG header whose size says 10 000 x 5 000: rejected before any pixel is decoded.
                byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
                BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 10_000);
                BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 5_000);
                return png;
            case "jpeg-without-header":
                var damaged = (byte[])jpeg.Clone();
                Array.Fill(damaged, (byte)0x00, 2, 600); // its segments gone: only the JPEG signature and end remain
                return damaged;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }
}
