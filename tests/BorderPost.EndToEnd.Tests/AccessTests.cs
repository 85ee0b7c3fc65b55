using System.Net;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

[Collection(StackCollection.Name)]
public sealed class AccessTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task Without_a_token_everything_but_sign_in_and_health_is_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.RecordAsync(null!, Api.Crossing(Api.Day(20)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(HttpMethod.Get, "/api/reports/totals?from=2026-01-01&to=2026-01-02", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(HttpMethod.Get, "/api/crossings?post=OUA", null)).StatusCode);
        // Readiness follows PostgreSQL and RabbitMQ, which other tests stop and start: it must come back by itself.
        Assert.True(await Api.EventuallyAsync(async () =>
            (await _client.SendAsync(HttpMethod.Get, "/health/ready", null)).StatusCode == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Get, "/health/live", null)).StatusCode);
    }

    [Fact]
    public async Task Services_deny_by_default_even_when_called_directly()
    {
        using var direct = new HttpClient { BaseAddress = new Uri(stack.Crossings.Url) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await direct.RecordAsync(null!, Api.Crossing(Api.Day(20)))).StatusCode);
        using var reporting = new HttpClient { BaseAddress = new Uri(stack.Reporting.Url) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await reporting.SendAsync(HttpMethod.Get, "/api/reports/totals?from=2026-01-01&to=2026-01-02", null)).StatusCode);
    }

    [Fact]
    public async Task An_expired_or_forged_token_is_refused()
    {
        var expired = stack.Tokens.Mint("officer", "OUA", TimeSpan.FromMinutes(5), DateTime.UtcNow.AddHours(-1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.RecordAsync(expired, Api.Crossing(Api.Day(20)))).StatusCode);

        var valid = stack.Tokens.Mint("officer", "OUA");
        var forged = valid[..^4] + (valid[^4..] == "AAAA" ? "BBBB" : "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.RecordAsync(forged, Api.Crossing(Api.Day(20)))).StatusCode);
    }

    [Theory]
    [InlineData("hq", null)]
    [InlineData("protection", null)]
    [InlineData("admin", null)]
    public async Task Roles_other_than_post_staff_cannot_record_or_read_crossings(string role, string? post)
    {
        var token = stack.Tokens.Mint(role, post);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.RecordAsync(token, Api.Crossing(Api.Day(20)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, "/api/crossings?post=OUA", token)).StatusCode);
    }

    [Fact]
    public async Task An_officer_cannot_record_or_read_for_another_post()
    {
        var officerOfMalpasse = stack.Tokens.Mint("officer", "MAL");
        var officerOfOuanaminthe = await stack.Tokens.SignInAsync("officer.oua");
        var crossing = Api.Crossing(Api.Day(21));
        await _client.RecordAsync(officerOfOuanaminthe, crossing);

        var record = await _client.RecordAsync(officerOfMalpasse, Api.Crossing(Api.Day(21)));
        Assert.Equal(HttpStatusCode.Forbidden, record.StatusCode);
        await record.ProblemAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, "/api/crossings?post=OUA", officerOfMalpasse)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(HttpMethod.Get, $"/api/crossings/{crossing["id"]}", officerOfMalpasse)).StatusCode);
    }

    [Fact]
    public async Task Totals_are_for_headquarters_and_for_a_supervisor_of_their_own_post()
    {
        const string Range = "from=2026-01-01&to=2026-01-31";
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var supervisor = await stack.Tokens.SignInAsync("supervisor.oua");

        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/api/reports/totals?{Range}", officer)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/api/reports/totals?{Range}", stack.Tokens.Mint("protection"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Get, $"/api/reports/totals?{Range}&post=OUA", supervisor)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Get, $"/api/reports/totals?{Range}", supervisor)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/api/reports/totals?{Range}&post=MAL", supervisor)).StatusCode);
        var supervisorWithoutPost = stack.Tokens.Mint("supervisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/api/reports/totals?{Range}", supervisorWithoutPost)).StatusCode);
    }
}
