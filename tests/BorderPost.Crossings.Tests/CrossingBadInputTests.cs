using System.Net;
using System.Net.Http.Json;
using System.Text;
using BorderPost.Testing;

namespace BorderPost.Crossings.Tests;

/// <summary>Bad crossings: each a 4xx problem naming every bad field, in the caller's language, and nothing stored.</summary>
public sealed class CrossingBadInputTests(CrossingsFactory service) : IClassFixture<CrossingsFactory>
{
    private readonly HttpClient _client = service.CreateClient();

    private async Task<(HttpStatusCode Status, IReadOnlyList<string> Fields, string? Title)> PostAsync(string json, string? language = null)
    {
        var officer = await service.SignInAsync("officer.oua");
        var response = await _client.SendAsync(HttpMethod.Post, "/api/crossings", officer,
            new StringContent(json, Encoding.UTF8, "application/json"), language);
        var problem = await response.ProblemAsync();
        return (response.StatusCode, problem["errors"] is null ? [] : problem.ErrorFields(), (string?)problem["title"]);
    }

    [Theory]
    [InlineData("{\"id\":", "id")]
    [InlineData("not json", "$")]
    [InlineData("{\"accompanyingMinors\": \"three\"}", "accompanyingMinors")]
    [InlineData("{\"traveller\": {\"dateOfBirth\": \"02/04/1990\"}}", "traveller.dateOfBirth")]
    public async Task Malformed_json_is_a_400_naming_where_it_broke(string json, string field)
    {
        var (status, fields, _) = await PostAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([field], fields);
    }

    [Fact]
    public async Task Missing_fields_are_each_named()
    {
        var (status, fields, _) = await PostAsync("{\"id\": \"" + Guid.NewGuid() + "\", \"postCode\": \"OUA\"}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["crossingPoint", "direction", "mode", "occurredAt", "purpose", "traveller"], fields);
    }

    [Fact]
    public async Task An_unknown_post_and_a_future_time_are_named()
    {
        var crossing = Api.Crossing(Api.Day(30));
        crossing["postCode"] = "XYZ";
        crossing["occurredAt"] = DateTime.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ");

        var (status, fields, _) = await PostAsync(crossing.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("postCode", fields);
        Assert.Contains("occurredAt", fields);
    }

    [Fact]
    public async Task Messages_follow_the_callers_language_french_first()
    {
        Assert.Equal("La demande contient des champs invalides.", (await PostAsync("{}")).Title);
        Assert.Equal("The request has invalid fields.", (await PostAsync("{}", "en-US")).Title);
        Assert.Equal("Demann lan gen chan ki pa valab.", (await PostAsync("{}", "ht, fr;q=0.5")).Title);
    }

    [Fact]
    public async Task A_rejected_crossing_leaves_nothing_behind()
    {
        var officer = await service.SignInAsync("officer.oua");
        var crossing = Api.Crossing(Api.Day(31));
        crossing["mode"] = "helicopter";

        var response = await _client.RecordAsync(officer, crossing);
        var lookup = await _client.SendAsync(HttpMethod.Get, $"/api/crossings/{crossing["id"]}", officer);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_by_media_type()
    {
        var officer = await service.SignInAsync("officer.oua");
        var response = await _client.SendAsync(HttpMethod.Post, "/api/crossings", officer, new StringContent("id=1", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_voided_reason_is_required()
    {
        var supervisor = await service.SignInAsync("supervisor.oua");
        var response = await _client.SendAsync(HttpMethod.Post, $"/api/crossings/{Guid.NewGuid()}/void", supervisor, JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["reason"], (await response.ProblemAsync()).ErrorFields());
    }

    [Fact]
    public async Task A_nul_character_is_a_400_not_a_database_error()
    {
        var officer = await service.SignInAsync("officer.oua");
        var crossing = Api.Crossing(Api.Day(33));
        crossing["traveller"]!["surname"] = "PIE\u0000RRE";

        var record = await _client.RecordAsync(officer, crossing);

        Assert.Equal(HttpStatusCode.BadRequest, record.StatusCode);
        Assert.Equal(["traveller.surname"], (await record.ProblemAsync()).ErrorFields());
    }
}
