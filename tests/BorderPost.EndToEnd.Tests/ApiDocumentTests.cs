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

    [Theory]
    [InlineData("crossings", "/api/crossings", "traveller", "CrossingView")]
    [InlineData("arrests", "/api/arrests/{id}/transfer", "receivedBy", "ArrestView")]
    [InlineData("protection", "/api/referrals", "person", "ReferralSummary")]
    [InlineData("identity", "/api/auth/token", "username", "TokenResponse")]
    public async Task A_write_is_described_with_the_records_it_reads_and_answers(string service, string path, string field, string answer)
    {
        var response = await _client.SendAsync(HttpMethod.Get, $"/openapi/{service}.json", stack.Tokens.Mint("officer", "OUA"));
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var post = document["paths"]![path]!["post"]!;
        var body = post["requestBody"]!["content"]!["application/json"]!["schema"]!;
        Assert.NotNull(body["properties"]![field]);
        Assert.Null(body["required"]); // every member may be missing: the service names each one that is
        Assert.Contains(post["responses"]!.AsObject(), r => ((string?)r.Value!["content"]?["application/json"]?["schema"]?["$ref"])?.EndsWith("/" + answer, StringComparison.Ordinal) == true);
        Assert.NotNull(document["components"]!["schemas"]![answer]);
    }
}
