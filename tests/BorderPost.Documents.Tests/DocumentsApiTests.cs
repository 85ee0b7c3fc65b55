using System.Net;
using System.Net.Http.Json;
using BorderPost.Testing;

namespace BorderPost.Documents.Tests;

/// <summary>Documents alone, through its HTTP API, on the real PostgreSQL and RabbitMQ (a schema and vhost of its own).</summary>
public sealed class DocumentsFactory : ServiceFactory<DocumentsApp>
{
    public DocumentsFactory()
        : base("documents") => Settings["Documents:OcrEngines"] = "1";
}

public sealed class DocumentsApiTests(DocumentsFactory service) : IClassFixture<DocumentsFactory>
{
    private static MultipartFormDataContent Form(Guid checkId, byte[] picture)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(picture), "image", "passport.jpg" },
            { new StringContent(checkId.ToString()), "checkId" },
        };
        return form;
    }

    [Fact]
    public async Task A_check_is_read_once_and_its_retry_answers_the_same()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var sample = Sample.All.First(s => s is { Verdict: "clear", Degraded: false });
        var id = Guid.NewGuid();

        var first = await officer.PostAsync("/api/document-checks", Form(id, sample.Bytes()));
        var retry = await officer.PostAsync("/api/document-checks", Form(id, sample.Bytes()));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var check = (await first.Content.ReadFromJsonAsync<DocumentCheckView>())!;
        Assert.Equal((id, "OUA"), (check.CheckId, check.Post));
        Assert.NotNull(check.Verdict);
        Assert.Equal(check.Verdict, (await retry.Content.ReadFromJsonAsync<DocumentCheckView>())!.Verdict);
    }

    [Fact]
    public async Task Bad_requests_are_named_problems_and_another_post_sees_nothing()
    {
        using var officer = service.ClientAs("officer", "OUA");
        using var elsewhere = service.ClientAs("supervisor", "MAL");
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created,
            (await officer.PostAsync("/api/document-checks", Form(id, Sample.All[0].Bytes()))).StatusCode);

        var notMultipart = await officer.PostAsJsonAsync("/api/document-checks", new { image = "x" });
        var empty = await officer.PostAsync("/api/document-checks", Form(Guid.NewGuid(), []));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notMultipart.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("\"image\"", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/document-checks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await elsewhere.PostAsJsonAsync($"/api/document-checks/{id}/review", new ReviewRequest("confirm", "second look"))).StatusCode);
    }
}
