using BorderPost.Crossings.RecordingCrossings;
using BorderPost.ServiceDefaults.Http;
using static BorderPost.Crossings.Tests.CrossingRequests;

namespace BorderPost.Crossings.Tests;

public class CrossingValidationTests
{
    private static (CrossingDetails? Details, FieldErrors Errors) Validate(CrossingRequest request)
    {
        var errors = new FieldErrors();
        return (CrossingValidation.Validate(request, Find, Now, errors), errors);
    }

    [Fact]
    public void A_complete_request_becomes_details()
    {
        var (details, errors) = Validate(Valid());

        Assert.False(errors.Any);
        Assert.Equal("OUA", details!.PostCode);
        Assert.Equal(Direction.Entry, details.Direction);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 5, 0, TimeSpan.Zero), details.OccurredAt);
        Assert.Equal(DocumentType.Passport, details.Document!.Type);
        Assert.Equal(TravelMode.Foot, details.Mode);
    }

    [Fact]
    public void An_empty_request_names_every_required_field()
    {
        var (details, errors) = Validate(new CrossingRequest(null, null, null, null, null, null, null, null, null, null, null));

        Assert.Null(details);
        Assert.Equal(
            ["crossingPoint", "direction", "mode", "occurredAt", "postCode", "purpose", "traveller"],
            errors.Fields.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("XYZ", "postCode")]
    [InlineData("", "postCode")]
    public void Unknown_post_is_refused(string post, string field)
    {
        var (_, errors) = Validate(Valid() with { PostCode = post, CrossingPoint = "OUA" });
        Assert.Contains(field, errors.Fields);
    }

    [Fact]
    public void A_crossing_more_than_five_minutes_ahead_is_refused()
    {
        var (_, errors) = Validate(Valid() with { OccurredAt = "2026-11-23T14:16:00Z" });
        Assert.Equal(["occurredAt"], errors.Fields);
    }

    [Fact]
    public void Up_to_five_minutes_ahead_is_clock_drift_and_accepted()
    {
        var (_, errors) = Validate(Valid() with { OccurredAt = "2026-11-23T14:14:59Z" });
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("2026-11-23T14:05:00")]
    [InlineData("yesterday")]
    public void A_time_without_zone_or_unparseable_is_refused(string text)
    {
        var (_, errors) = Validate(Valid() with { OccurredAt = text });
        Assert.Equal(["occurredAt"], errors.Fields);
    }

    [Fact]
    public void A_time_with_an_offset_is_stored_in_utc()
    {
        var (details, _) = Validate(Valid() with { OccurredAt = "2026-11-23T09:05:00-05:00" });
        Assert.Equal(TimeSpan.Zero, details!.OccurredAt.Offset);
        Assert.Equal(14, details.OccurredAt.Hour);
    }

    [Theory]
    [InlineData("NOWHERE")]
    [InlineData("MAL")]
    public void Crossing_point_must_be_registered_and_belong_to_the_post(string point)
    {
        var (_, errors) = Validate(Valid() with { CrossingPoint = point });
        Assert.Equal(["crossingPoint"], errors.Fields);
    }

    [Fact]
    public void An_unofficial_point_of_the_post_is_accepted()
    {
        var (details, errors) = Validate(Valid() with { CrossingPoint = "OUA-CAP" });
        Assert.False(errors.Any);
        Assert.Equal("OUA-CAP", details!.CrossingPoint);
    }

    [Theory]
    [InlineData("sideways", "direction")]
    [InlineData("plane", "mode")]
    [InlineData("tourism", "purpose")]
    public void Unknown_enum_values_are_named(string value, string field)
    {
        var request = field switch
        {
            "direction" => Valid() with { Direction = value },
            "mode" => Valid() with { Mode = value },
            _ => Valid() with { Purpose = value },
        };
        var (_, errors) = Validate(request);
        Assert.Equal([field], errors.Fields);
    }

    [Fact]
    public void Traveller_fields_are_named_with_their_path()
    {
        var request = Valid() with { Traveller = new PersonRequest(" ", null, "Q", null, null, "HAITI") };
        var (_, errors) = Validate(request);
        Assert.Equal(
            ["traveller.dateOfBirth", "traveller.nationality", "traveller.sex", "traveller.surname"],
            errors.Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_estimated_age_stands_in_for_an_unknown_birth_date()
    {
        var request = Valid() with { Traveller = new PersonRequest("INCONNU", null, "M", null, 12, "hti") };
        var (details, errors) = Validate(request);
        Assert.False(errors.Any);
        Assert.Equal(12, details!.Traveller.EstimatedAge);
        Assert.Equal("HTI", details.Traveller.Nationality);
    }

    [Fact]
    public void Birth_in_the_future_is_refused()
    {
        var request = Valid() with { Traveller = Valid().Traveller! with { DateOfBirth = new DateOnly(2027, 1, 1) } };
        var (_, errors) = Validate(request);
        Assert.Equal(["traveller.dateOfBirth"], errors.Fields);
    }

    [Theory]
    [InlineData("passport", "RD 123", "HTI", "document.number")]
    [InlineData("passport", "RD123", "ZZZ", "document.issuingCountry")]
    [InlineData("scroll", "RD123", "HTI", "document.type")]
    public void Document_fields_are_checked(string type, string number, string country, string field)
    {
        var (_, errors) = Validate(Valid() with { Document = new DocumentRequest(type, number, country, null) });
        Assert.Equal([field], errors.Fields);
    }

    [Fact]
    public void The_document_is_optional()
    {
        var (details, errors) = Validate(Valid() with { Document = null });
        Assert.False(errors.Any);
        Assert.Null(details!.Document);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(51)]
    public void Accompanying_minors_stay_in_range(int minors)
    {
        var (_, errors) = Validate(Valid() with { AccompanyingMinors = minors });
        Assert.Equal(["accompanyingMinors"], errors.Fields);
    }

    [Fact]
    public void Control_characters_are_refused_but_remarks_keep_line_breaks()
    {
        var request = Valid() with
        {
            Traveller = Valid().Traveller! with { Surname = "PIE\u0000RRE", GivenNames = "MA\u0007RIE" },
            Remarks = "a\u0000b",
        };
        var (_, errors) = Validate(request);
        Assert.Equal(["remarks", "traveller.givenNames", "traveller.surname"], errors.Fields.Order(StringComparer.Ordinal));

        var (details, fine) = Validate(Valid() with { Remarks = "ligne 1\nligne 2\tfin" });
        Assert.False(fine.Any);
        Assert.Equal("ligne 1\nligne 2\tfin", details!.Remarks);
    }

    [Fact]
    public void Icao_codes_such_as_stateless_are_valid_nationalities()
    {
        var request = Valid() with { Traveller = Valid().Traveller! with { Nationality = "XXA" } };
        var (_, errors) = Validate(request);
        Assert.False(errors.Any);
    }
}
