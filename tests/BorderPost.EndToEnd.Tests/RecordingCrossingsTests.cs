using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

[Collection(StackCollection.Name)]
public sealed class RecordingCrossingsTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task A_crossing_recorded_at_the_post_shows_in_headquarters_totals()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(1);

        var response = await _client.RecordAsync(officer, Api.Crossing(day));
        await _client.RecordAsync(officer, Api.Crossing(day, direction: "exit"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, await _client.WaitForTotalAsync(hq, day, 2));
        var totals = await _client.TotalsAsync(hq, day, day);
        var rows = totals["rows"]!.AsArray().Select(r => ($"{r!["post"]}", $"{r["category"]}", (int)r["count"]!)).ToList();
        Assert.Equal([("OUA", "crossing.entry", 1), ("OUA", "crossing.exit", 1)], rows);
        Assert.Equal(day.ToString("yyyy-MM-dd"), (string?)totals["from"]);
    }

    [Fact]
    public async Task The_same_crossing_id_posted_twice_is_one_crossing_with_the_same_response()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(2);
        var crossing = Api.Crossing(day);

        var first = await _client.RecordAsync(officer, crossing);
        var second = await _client.RecordAsync(officer, crossing);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await _client.WaitForTotalAsync(hq, day, 1));
    }

    [Fact]
    public async Task Concurrent_retries_of_one_crossing_record_it_once()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(3);
        var crossing = Api.Crossing(day);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.RecordAsync(officer, crossing)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(1, await _client.WaitForTotalAsync(hq, day, 1));
    }

    [Fact]
    public async Task Reusing_an_id_for_a_different_crossing_is_a_conflict()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
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
        var officer = await stack.Tokens.SignInAsync("officer.oua");
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

    [Fact]
    public async Task Corrections_move_the_totals_and_voiding_removes_the_crossing()
    {
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var supervisor = await stack.Tokens.SignInAsync("supervisor.oua");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var day = Api.Day(6);
        var crossing = Api.Crossing(day);
        await _client.RecordAsync(officer, crossing);
        Assert.Equal(1, await _client.WaitForTotalAsync(hq, day, 1));

        var corrected = crossing.DeepClone().AsObject();
        corrected["direction"] = "exit";
        var correction = await _client.SendAsync(HttpMethod.Post, $"/api/crossings/{crossing["id"]}/corrections", officer,
            JsonContent.Create(new JsonObject { ["crossing"] = corrected, ["reason"] = "sens inversé" }));
        Assert.Equal(HttpStatusCode.OK, correction.StatusCode);
        Assert.True(await Api.EventuallyAsync(async () =>
        {
            var rows = (await _client.TotalsAsync(hq, day, day))["rows"]!.AsArray();
            return rows.Count == 1 && (string?)rows[0]!["category"] == "crossing.exit" && (int)rows[0]!["count"]! == 1;
        }));

        var officerVoid = await _client.SendAsync(HttpMethod.Post, $"/api/crossings/{crossing["id"]}/void", officer,
            JsonContent.Create(new { reason = "doublon" }));
        Assert.Equal(HttpStatusCode.Forbidden, officerVoid.StatusCode);
        var supervisorVoid = await _client.SendAsync(HttpMethod.Post, $"/api/crossings/{crossing["id"]}/void", supervisor,
            JsonContent.Create(new { reason = "doublon" }));
        Assert.Equal(HttpStatusCode.OK, supervisorVoid.StatusCode);
        Assert.Equal(0, await _client.WaitForTotalAsync(hq, day, 0));

        var view = await _client.SendAsync(HttpMethod.Get, $"/api/crossings/{crossing["id"]}", officer);
        Assert.Equal("voided", (string?)(await view.Content.ReadFromJsonAsync<JsonObject>())!["status"]);
    }
}
