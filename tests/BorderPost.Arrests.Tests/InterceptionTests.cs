using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace BorderPost.Arrests.Tests;

/// <summary>Interceptions through the Arrests service's HTTP API, on the real PostgreSQL (a schema of the run's own).</summary>
public sealed class InterceptionTests(ArrestsFactory service) : IClassFixture<ArrestsFactory>
{
    /// <summary>
    /// The pickup stopped near Ouanaminthe: a driver, a guide, two women and five children — the first child the first
    /// woman's, the others with no adult of their own.
    /// </summary>
    private static InterceptionRequest Pickup()
    {
        var (driver, guide, rose, marie) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var children = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        List<FoundPersonRequest?> people =
        [
            new(driver, "driver", "chauffeur", "M", "18-59", []),
            new(guide, "guide", "guide en casquette", "M", "18-59", []),
            new(rose, "traveller", "femme en rouge", "F", "18-59", []),
            new(marie, "traveller", "femme en bleu", "F", "18-59", []),
            new(children[0], "child", "fille aînée", "F", "6-11", [new RelationRequest(rose, "parent")]),
            .. children.Skip(1).Select((c, i) => new FoundPersonRequest(c, "child", $"enfant {(char)('A' + i)}", i % 2 == 0 ? "M" : "F",
                i < 2 ? "0-5" : "12-17", [new RelationRequest(guide, "unrelated_adult")])),
        ];
        return new InterceptionRequest(Guid.NewGuid(), "OUA",
            DateTime.UtcNow.AddMinutes(-40).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            new PlaceRequest("OUA-CAP", "Piste de Capotille, 2 km du poste"), new MeansRequest("vehicle", "ab-12345", "pickup blanc"),
            ["Agent Pierre", "Agent Jean"], people, [Guid.NewGuid()]);
    }

    [Fact]
    public async Task The_pickup_is_one_interception_read_back_as_recorded_and_a_retry_is_the_same()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var pickup = Pickup();

        var recorded = await officer.PostAsJsonAsync("/api/interceptions", pickup);
        var retried = await officer.PostAsJsonAsync("/api/interceptions", pickup);
        var other = await officer.PostAsJsonAsync("/api/interceptions", pickup with { Officers = ["Agent Paul"] });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Conflict), (recorded.StatusCode, retried.StatusCode, other.StatusCode));
        var view = await officer.GetFromJsonAsync<InterceptionView>($"/api/interceptions/{pickup.Id}");
        Assert.Equal(("vehicle", "AB-12345", "OUA-CAP"), (view!.Means.Kind, view.Means.Plate, view.Place.CrossingPoint));
        Assert.Equal(["driver", "guide", "traveller", "traveller", "child", "child", "child", "child", "child"], view.People.Select(p => p.Role));
        Assert.Equal(new RelationView(pickup.People![2]!.Id!.Value, "parent"), Assert.Single(view.People[4].Relations));
        Assert.Equal(["0-5", "0-5", "12-17", "12-17"], view.People.Skip(5).Select(p => p.AgeBand));
        Assert.Equal(pickup.DocumentCheckIds, view.DocumentCheckIds);
    }

    [Fact]
    public async Task The_guide_s_arrest_is_made_from_the_group_and_the_interception_shows_it_with_its_custody()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var pickup = Pickup();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/interceptions", pickup)).StatusCode);
        var guide = pickup.People![1]!.Id!.Value;
        var arrest = new ArrestRequest(Guid.NewGuid(), "OUA", DateTime.UtcNow.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            new PlaceRequest("OUA-CAP", "Piste de Capotille"), new SuspectRequest("DORVAL", "Jacques", "M", null, 40, "HTI", null, ""),
            ["migrant_smuggling"], "", null, null, [], ["Agent Pierre"], [], pickup.Id, guide);

        var unknownGroup = await officer.PostAsJsonAsync("/api/arrests", arrest with { InterceptionId = Guid.NewGuid() });
        var notOfTheGroup = await officer.PostAsJsonAsync("/api/arrests", arrest with { InterceptedPersonId = Guid.NewGuid() });
        var halfLinked = await officer.PostAsJsonAsync("/api/arrests", arrest with { InterceptionId = null });
        Assert.Contains("\"interceptionId\"", await unknownGroup.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"interceptedPersonId\"", await notOfTheGroup.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"interceptionId\"", await halfLinked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(new[] { unknownGroup, notOfTheGroup, halfLinked }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/arrests/{arrest.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/arrests", arrest)).StatusCode);
        var transfer = new TransferRequest("judicial_police", "Inspecteur Jean", DateTime.UtcNow.AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/arrests/{arrest.Id}/transfer", transfer)).StatusCode);

        var view = await officer.GetFromJsonAsync<InterceptionView>($"/api/interceptions/{pickup.Id}");
        var linked = Assert.Single(view!.Arrests!);
        Assert.Equal((arrest.Id!.Value, guide, "Jacques DORVAL", "transferred"), (linked.ArrestId, linked.PersonId, linked.Suspect, linked.Custody));
        var arrested = await officer.GetFromJsonAsync<ArrestView>($"/api/arrests/{arrest.Id}");
        Assert.Equal((pickup.Id, guide), (arrested!.InterceptionId, arrested.InterceptedPersonId));
    }

    [Fact]
    public async Task A_correction_adds_a_person_and_fixes_another_but_nobody_leaves_the_group()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var pickup = Pickup();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/interceptions", pickup)).StatusCode);
        List<FoundPersonRequest?> people = [.. pickup.People!];
        people[5] = people[5]! with { Sex = "F" };
        people.Add(new FoundPersonRequest(Guid.NewGuid(), "child", "bébé", "F", "0-5", [new RelationRequest(people[2]!.Id, "parent")]));
        var corrected = new InterceptionCorrectionRequest(pickup with { People = people }, "un bébé dormait sous la bâche");

        var first = await officer.PostAsJsonAsync($"/api/interceptions/{pickup.Id}/corrections", corrected);
        var again = await officer.PostAsJsonAsync($"/api/interceptions/{pickup.Id}/corrections", corrected);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var view = await officer.GetFromJsonAsync<InterceptionView>($"/api/interceptions/{pickup.Id}");
        Assert.Equal((10, 1, "F"), (view!.People.Count, view.Corrections, view.People[5].Sex));

        var withoutReason = await officer.PostAsJsonAsync($"/api/interceptions/{pickup.Id}/corrections", corrected with { Reason = " " });
        var removing = await officer.PostAsJsonAsync($"/api/interceptions/{pickup.Id}/corrections",
            corrected with { Interception = pickup with { People = people.Take(9).ToList() } });
        var otherPost = await officer.PostAsJsonAsync($"/api/interceptions/{pickup.Id}/corrections",
            corrected with { Interception = pickup with { People = people, PostCode = "MAL", Place = new PlaceRequest("MAL", "x") } });
        Assert.Contains("\"reason\"", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"interception.people\"", await removing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, otherPost.StatusCode);
        using var mal = service.ClientAs("officer", "MAL");
        Assert.Equal(HttpStatusCode.NotFound, (await mal.PostAsJsonAsync($"/api/interceptions/{pickup.Id}/corrections", corrected)).StatusCode);
        Assert.Equal(1, (await officer.GetFromJsonAsync<InterceptionView>($"/api/interceptions/{pickup.Id}"))!.Corrections);
    }

    [Fact]
    public async Task Only_the_post_sees_its_interception()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var pickup = Pickup();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/interceptions", pickup)).StatusCode);
        using var otherPost = service.ClientAs("officer", "MAL");
        using var hq = service.ClientAs("hq");
        using var protection = service.ClientAs("protection", agency: "IBESR-NE");

        Assert.Equal(HttpStatusCode.NotFound, (await otherPost.GetAsync($"/api/interceptions/{pickup.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hq.GetAsync($"/api/interceptions/{pickup.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await protection.GetAsync($"/api/interceptions/{pickup.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherPost.PostAsJsonAsync("/api/interceptions", Pickup())).StatusCode);
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_records_nothing()
    {
        using var officer = service.ClientAs("officer", "OUA");
        var pickup = Pickup();
        var people = pickup.People!.ToList();
        people[1] = people[1]! with { Label = "guide tel 3700 0000" };
        people[4] = people[4]! with { AgeBand = "18-59" };
        people[5] = people[5]! with { Relations = [new RelationRequest(Guid.NewGuid(), "parent")] };
        people[6] = people[6]! with { Id = people[0]!.Id };
        people[7] = people[7]! with { Role = "passenger", Sex = "Z" };
        var bad = pickup with { Means = new MeansRequest("vehicle", null, ""), People = people, Officers = [] };

        var response = await officer.PostAsJsonAsync("/api/interceptions", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadAsStringAsync();
        foreach (var field in new[] { "means.plate", "officers", "people[1].label", "people[4].ageBand", "people[7].role", "people[7].sex" })
        {
            Assert.Contains($"\"{field}\"", problem, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/interceptions/{pickup.Id}")).StatusCode);

        // With each person valid, the group's own rules: a repeated person and a relation to someone not in the group.
        people = [.. Pickup().People!];
        people[5] = people[5]! with { Relations = [new RelationRequest(Guid.NewGuid(), "parent")] };
        people[6] = people[6]! with { Id = people[0]!.Id };
        var group = await officer.PostAsJsonAsync("/api/interceptions", pickup with { People = people });
        var groupProblem = await group.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, group.StatusCode);
        Assert.Contains("\"people[5].relations[0].to\"", groupProblem, StringComparison.Ordinal);
        Assert.Contains("\"people[6].id\"", groupProblem, StringComparison.Ordinal);

        var empty = await officer.PostAsJsonAsync("/api/interceptions", pickup with { People = [] });
        Assert.Contains("\"people\"", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
