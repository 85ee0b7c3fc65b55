using System.Net;
using System.Text;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

/// <summary>The front door's limit: an oversized body is refused before it reaches a service, declared or chunked.</summary>
[Collection(StackCollection.Name)]
public sealed class BadInputTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_oversized_body_is_a_413_whether_its_length_is_declared_or_chunked(bool chunked)
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var crossing = Api.Crossing(Api.Day(32));
        crossing["remarks"] = new string('x', 200_000);
        HttpContent content = new StringContent(crossing.ToJsonString(), Encoding.UTF8, "application/json");
        if (chunked)
        {
            content = new UnknownLengthJson(crossing.ToJsonString());
        }

        var response = await _client.SendAsync(HttpMethod.Post, "/api/crossings", officer, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await response.ProblemAsync();
    }
}

/// <summary>JSON sent without a Content-Length, so it travels chunked.</summary>
internal sealed class UnknownLengthJson : HttpContent
{
    private readonly byte[] _bytes;

    public UnknownLengthJson(string json)
    {
        _bytes = Encoding.UTF8.GetBytes(json);
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    }

    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
        stream.WriteAsync(_bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
