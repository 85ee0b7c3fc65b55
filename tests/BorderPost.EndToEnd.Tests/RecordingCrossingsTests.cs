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
