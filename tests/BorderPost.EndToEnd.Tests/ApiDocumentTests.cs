using System.Net;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

/// <summary>Each service describes its API (OpenAPI 3) and the gateway serves the descriptions, to signed-in callers.</summary>
[Collection(StackCollection.Name)]
public sealed class ApiDocumentTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Theory]
    [InlineData("identity", "/api/auth/token")]
    [InlineData("crossings", "/api/crossings")]
    [InlineData("reporting", "/api/reports/totals")]
    [InlineData("documents", "/api/document-checks")]
    [InlineData("arrests", "/api/arrests")]
    [InlineData("protection", "/api/referrals")]
    public async Task The_gateway_serves_each_services_openapi_document_to_signed_in_callers(string service, string path)
    {
        var anonymous = await _client.GetAsync($"/openapi/{service}.json");
        var signedIn = await _client.SendAsync(HttpMethod.Get, $"/openapi/{service}.json", stack.Tokens.Mint("officer", "OUA"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var document = JsonNode.Parse(await signedIn.Content.ReadAsStringAsync())!.AsObject();
        Assert.StartsWith("3.", (string)document["openapi"]!);
        Assert.NotNull(document["paths"]![path]);
    }
}
