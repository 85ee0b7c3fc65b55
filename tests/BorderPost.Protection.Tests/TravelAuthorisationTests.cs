using System.Net;
using System.Net.Http.Json;
using BorderPost.Contracts.Reference;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace BorderPost.Protection.Tests;

/// <summary>IBESR's travel authorisations through Protection's HTTP API, on the real PostgreSQL (a schema of the run's own).</summary>
public sealed class TravelAuthorisationTests(ProtectionFactory service) : IClassFixture<ProtectionFactory>
{
    private static readonly DateOnly Today = HaitiCalendar.DayOf(DateTimeOffset.UtcNow);

    private static TravelAuthorisationRequest Authorisation(string? number = null) => new(
        Guid.NewGuid(), number ?? $"IBESR-NE/{Guid.NewGuid().ToString("N")[..8]}", Today.AddDays(-10), Today.AddMonths(3),
        new AuthorisedChildRequest("JOSEPH", "Nadia", Today.AddYears(-9), "F"),
        new AuthorisingParentRequest("JOSEPH", "Marthe", "mother"), "Paul Joseph (oncle)");

    [Fact]
    public async Task A_post_verifies_an_issued_authorisation_until_it_is_revoked()
    {
        using var ibesr = service.ClientAs("protection", agency: "IBESR-NE");
        using var officer = service.ClientAs("officer", "OUA");
        var issued = Authorisation();

        var recorded = await ibesr.PostAsJsonAsync("/api/travel-authorisations", issued);
        var retried = await ibesr.PostAsJsonAsync("/api/travel-authorisations", issued);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (recorded.StatusCode, retried.StatusCode));

        var verified = await officer.GetFromJsonAsync<TravelAuthorisationView>($"/api/travel-authorisations/verify?number={issued.Number!.ToLowerInvariant()}");
        Assert.Equal((TravelAuthorisationValues.Valid, "IBESR-NE", "Nadia", "mother"),
            (verified!.Status, verified.IssuingOffice, verified.Child!.GivenNames, verified.AuthorisingParent!.Relation));

        var revoked = await ibesr.PostAsJsonAsync($"/api/travel-authorisations/{issued.Id}/revoke", new RevocationRequest("the mother withdrew her consent"));
        var revokedAgain = await ibesr.PostAsJsonAsync($"/api/travel-authorisations/{issued.Id}/revoke", new RevocationRequest("retry"));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (revoked.StatusCode, revokedAgain.StatusCode));
        var after = await officer.GetFromJsonAsync<TravelAuthorisationView>($"/api/travel-authorisations/verify?number={issued.Number}");
        Assert.Equal((TravelAuthorisationValues.Revoked, "the mother withdrew her consent"), (after!.Status, after.RevocationReason));

        var unknown = await officer.GetFromJsonAsync<TravelAuthorisationView>("/api/travel-authorisations/verify?number=IBESR-NE/NOSUCH");
        Assert.Equal((TravelAuthorisationValues.Unknown, null, null), (unknown!.Status, unknown.Child, unknown.IssuingOffice));

        // Both look-ups of the child's data were recorded: by whom, at which post, and what the authorisation was then.
        await using var session = service.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession();
        var checks = await session.Events.QueryRawEventDataOnly<TravelAuthorisations.TravelAuthorisationVerified>()
            .Where(v => v.AuthorisationId == issued.Id).ToListAsync();
        Assert.Equal(["OUA valid", "OUA revoked"], checks.OrderBy(c => c.VerifiedAt).Select(c => $"{c.Post} {c.Status}"));
    }

    [Fact]
    public async Task A_number_is_recorded_once_and_only_by_the_issuing_IBESR_office()
    {
        using var ibesr = service.ClientAs("protection", agency: "IBESR-NE");
        using var otherOffice = service.ClientAs("protection", agency: "IBESR-CE");
        using var victimServices = service.ClientAs("protection", agency: "CNLTP");
        using var officer = service.ClientAs("officer", "OUA");
        var issued = Authorisation();
        Assert.Equal(HttpStatusCode.Created, (await ibesr.PostAsJsonAsync("/api/travel-authorisations", issued)).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await ibesr.PostAsJsonAsync("/api/travel-authorisations", Authorisation(issued.Number))).StatusCode);
        var own = await ibesr.GetFromJsonAsync<List<TravelAuthorisationView>>("/api/travel-authorisations");
        Assert.Contains(own!, a => a.Id == issued.Id && a.Status == TravelAuthorisationValues.Valid);
        Assert.DoesNotContain((await otherOffice.GetFromJsonAsync<List<TravelAuthorisationView>>("/api/travel-authorisations"))!, a => a.Id == issued.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await victimServices.GetAsync("/api/travel-authorisations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/travel-authorisations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await victimServices.PostAsJsonAsync("/api/travel-authorisations", Authorisation())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/travel-authorisations", Authorisation())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await otherOffice.PostAsJsonAsync($"/api/travel-authorisations/{issued.Id}/revoke", new RevocationRequest("not ours"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ibesr.GetAsync($"/api/travel-authorisations/verify?number={issued.Number}")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_names_each_field()
    {
        using var ibesr = service.ClientAs("protection", agency: "IBESR-NE");
        var bad = Authorisation("#1") with
        {
            ValidUntil = Today.AddYears(-1),
            Child = new AuthorisedChildRequest("JOSEPH", "", Today.AddYears(-19), "Q"),
            AuthorisingParent = new AuthorisingParentRequest("JOSEPH", "Marthe", "aunt"),
        };

        var response = await ibesr.PostAsJsonAsync("/api/travel-authorisations", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        foreach (var field in new[] { "number", "validUntil", "child.givenNames", "child.dateOfBirth", "child.sex", "authorisingParent.relation" })
        {
            Assert.Contains($"\"{field}\"", problem, StringComparison.Ordinal);
        }
        using var officer = service.ClientAs("officer", "OUA");
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/api/travel-authorisations/verify")).StatusCode);
    }
}
