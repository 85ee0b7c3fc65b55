using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.Crossings.Tests;

/// <summary>Recording a crossing with the id the client generated: retries, races and conflicts, and reading it back.</summary>
public sealed class RecordingCrossingsTests(CrossingsFactory service) : IClassFixture<CrossingsFactory>
{
    private readonly HttpClient _client = service.CreateClient();

    [Fact]
    public async Task The_same_crossing_id_posted_twice_is_one_crossing_with_the_same_response()
    {
        var officer = await service.SignInAsync("officer.oua");
        var day = Api.Day(2);
        var crossing = Api.Crossing(day);

        var first = await _client.RecordAsync(officer, crossing);
        var second = await _client.RecordAsync(officer, crossing);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await ListedAsync(officer, day, crossing));
    }

    [Fact]
    public async Task Concurrent_retries_of_one_crossing_record_it_once()
    {
        var officer = await service.SignInAsync("officer.oua");
        var day = Api.Day(3);
        var crossing = Api.Crossing(day);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.RecordAsync(officer, crossing)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(1, await ListedAsync(officer, day, crossing));
    }

    [Fact]
    public async Task Reusing_an_id_for_a_different_crossing_is_a_conflict()
    {
        var officer = await service.SignInAsync("officer.oua");
        var crossing = Api.Crossing(Api.Day(4));
        await _client.RecordAsync(officer, crossing);
        crossing["direction"] = "exit";

        var response = await _client.RecordAsync(officer, crossing);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task A_crossing_reads_back_by_id_and_in_its_posts_daily_list()
    {
        var officer = await service.SignInAsync("officer.oua");
        var day = Api.Day(5);
        var crossing = Api.Crossing(day);
        await _client.RecordAsync(officer, crossing);

        var one = await _client.SendAsync(HttpMethod.Get, $"/api/crossings/{crossing["id"]}", officer);
        var list = await _client.SendAsync(HttpMethod.Get, $"/api/crossings?post=OUA&day={day:yyyy-MM-dd}&pageSize=10", officer);

        var view = (await one.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("PIERRE", (string?)view["traveller"]!["surname"]);
        Assert.Equal("entry", (string?)view["direction"]);
        Assert.Equal("passport", (string?)view["document"]!["type"]);
        Assert.Equal("recorded", (string?)view["status"]);
        Assert.EndsWith("Z", (string?)view["occurredAt"]);
        var page = (await list.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(1, (int)page["total"]!);
        Assert.Equal((string?)crossing["id"], (string?)page["items"]![0]!["id"]);
    }

    /// <summary>How many times the post's daily list shows <paramref name="crossing"/>.</summary>
    private async Task<int> ListedAsync(string officer, DateOnly day, System.Text.Json.Nodes.JsonObject crossing)
    {
        var list = await _client.GetJsonAsync($"/api/crossings?post={crossing["postCode"]}&day={day:yyyy-MM-dd}", officer);
        return list["items"]!.AsArray().Count(c => (string?)c!["id"] == (string?)crossing["id"]);
    }
}
