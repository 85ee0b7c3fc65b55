using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BorderPost.Testing;

namespace BorderPost.Crossings.Tests;

/// <summary>Crossings alone, through its HTTP API, on the real PostgreSQL and RabbitMQ (a schema and vhost of its own).</summary>
public sealed class CrossingsFactory() : ServiceFactory<CrossingsApp>("crossings");

public sealed class CrossingsApiTests(CrossingsFactory service) : IClassFixture<CrossingsFactory>
{
    private static CrossingRequest Crossing(Guid id) => CrossingRequests.Valid() with
    {
        Id = id,
        OccurredAt = DateTime.UtcNow.AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_recorded_crossing_reads_back_and_its_retry_records_nothing_twice()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var request = Crossing(Guid.NewGuid());

        var first = await officer.PostAsJsonAsync("/api/crossings", request);
        var retry = await officer.PostAsJsonAsync("/api/crossings", request);
        var different = await officer.PostAsJsonAsync("/api/crossings", request with { Direction = "exit" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, different.StatusCode);
        var stored = await officer.GetFromJsonAsync<CrossingView>($"/api/crossings/{request.Id}");
        Assert.Equal(("entry", "PIERRE", "passport"), (stored!.Direction, stored.Traveller.Surname, stored.Document!.Type));
        Assert.Equal(1, (await officer.GetFromJsonAsync<CrossingPage>($"/api/crossings?post=OUA&day={stored.Day:yyyy-MM-dd}"))!
            .Items.Count(c => c.Id == request.Id));
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_each_field_in_the_caller_s_language()
    {
        using var officer = service.ClientAs("officer", "OUA");
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/crossings")
        {
            Content = JsonContent.Create(Crossing(Guid.NewGuid()) with { Direction = "sideways", Traveller = null }),
        };
        message.Headers.AcceptLanguage.ParseAdd("ht");

        var response = await officer.SendAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("direction", out _));
        Assert.True(errors.TryGetProperty("traveller", out _));
    }

    [Theory]
    [InlineData("ht", "Valè sa a pa rekonèt")]
    [InlineData("ht-HT, en;q=0.5", "Valè sa a pa rekonèt")]
    [InlineData("de, en;q=0.9, fr;q=0.8", "Unknown value")]
    [InlineData("fr-CA", "Valeur non reconnue")]
    [InlineData("xx;;;q=", "Valeur non reconnue")]
    [InlineData("", "Valeur non reconnue")]
    public async Task The_caller_s_language_is_negotiated_from_accept_language(string acceptLanguage, string message)
    {
        using var officer = service.ClientAs("officer", "OUA");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/crossings")
        {
            Content = JsonContent.Create(Crossing(Guid.NewGuid()) with { Direction = "sideways" }),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var response = await officer.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("direction")[0].GetString());
    }

    [Fact]
    public async Task Another_post_neither_reads_nor_corrects_the_crossing()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var request = Crossing(Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/crossings", request)).StatusCode);
        using var elsewhere = service.ClientAs("supervisor", "MAL");

        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/crossings/{request.Id}")).StatusCode);
        var voiding = await elsewhere.PostAsJsonAsync($"/api/crossings/{request.Id}/void", new VoidCrossingRequest("entered twice"));
        Assert.Equal(HttpStatusCode.NotFound, voiding.StatusCode);
    }

    [Fact]
    public async Task A_void_is_once_and_a_voided_crossing_cannot_be_corrected()
    {
        using var officer = service.ClientAs("officer", "OUA");
        using var supervisor = service.ClientAs("supervisor", "OUA");
        var request = Crossing(Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/crossings", request)).StatusCode);

        var voided = await supervisor.PostAsJsonAsync($"/api/crossings/{request.Id}/void", new VoidCrossingRequest("entered twice"));
        var again = await supervisor.PostAsJsonAsync($"/api/crossings/{request.Id}/void", new VoidCrossingRequest("again"));
        var correction = await supervisor.PostAsJsonAsync($"/api/crossings/{request.Id}/corrections",
            new CrossingCorrectionRequest(request with { Direction = "exit" }, "wrong direction"));

        Assert.Equal("voided", (await voided.Content.ReadFromJsonAsync<CrossingView>())!.Status);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, correction.StatusCode);
    }
}
