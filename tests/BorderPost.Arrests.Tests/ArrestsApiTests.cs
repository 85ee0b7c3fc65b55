using System.Net;
using System.Net.Http.Json;
using BorderPost.Testing;

namespace BorderPost.Arrests.Tests;

/// <summary>Arrests alone, through its HTTP API, on the real PostgreSQL and RabbitMQ (a schema and vhost of its own).</summary>
public sealed class ArrestsFactory() : ServiceFactory<ArrestsApp>("arrests");

public sealed class ArrestsApiTests(ArrestsFactory service) : IClassFixture<ArrestsFactory>
{
    private static ArrestRequest Arrest() => new(
        Guid.NewGuid(), "OUA", DateTime.UtcNow.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        new PlaceRequest("OUA", "Pont de la rivière Massacre"),
        new SuspectRequest("DORVAL", "Jacques", "M", null, 40, "HTI", null, ""),
        ["migrant_smuggling"], "", null, null, [], ["Agent Pierre"], [new PersonToReferRequest(Guid.NewGuid(), "minor", null)]);

    private static TransferRequest Transfer() =>
        new("judicial_police", "Inspecteur Jean", DateTime.UtcNow.AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_suspect_is_transferred_once_and_cannot_be_released_after()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var arrest = Arrest();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/arrests", arrest)).StatusCode);
        var transfer = Transfer();

        var first = await officer.PostAsJsonAsync($"/api/arrests/{arrest.Id}/transfer", transfer);
        var retry = await officer.PostAsJsonAsync($"/api/arrests/{arrest.Id}/transfer", transfer);
        var release = await officer.PostAsJsonAsync($"/api/arrests/{arrest.Id}/release", new ReleaseRequest("no charge", transfer.TransferredAt));

        Assert.Equal("transferred", (await first.Content.ReadFromJsonAsync<ArrestView>())!.Custody);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, release.StatusCode);
        var stored = await officer.GetFromJsonAsync<ArrestView>($"/api/arrests/{arrest.Id}");
        Assert.Equal((1, "minor"), (stored!.PersonsToRefer.Count, stored.PersonsToRefer[0].Kind));
    }

    [Fact]
    public async Task A_correction_that_withdraws_a_child_names_the_field_and_changes_nothing()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var arrest = Arrest();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/arrests", arrest)).StatusCode);

        var correction = await officer.PostAsJsonAsync($"/api/arrests/{arrest.Id}/corrections",
            new ArrestCorrectionRequest(arrest with { PersonsToRefer = [] }, "typo"));

        Assert.Equal(HttpStatusCode.BadRequest, correction.StatusCode);
        Assert.Contains("arrest.personsToRefer", await correction.Content.ReadAsStringAsync());
        Assert.Equal(0, (await officer.GetFromJsonAsync<ArrestView>($"/api/arrests/{arrest.Id}"))!.Corrections);
    }

    [Fact]
    public async Task Another_post_does_not_see_the_arrest_and_headquarters_has_no_access()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var arrest = Arrest();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/arrests", arrest)).StatusCode);

        using var elsewhere = service.ClientAs("officer", "MAL");
        using var hq = service.ClientAs("hq");
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/arrests/{arrest.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hq.GetAsync($"/api/arrests/{arrest.Id}")).StatusCode);
    }
}
