using BorderPost.HttpApi.People;

namespace BorderPost.HttpApi.Crossings;

/// <summary>A crossing: the request's fields plus its status and who recorded it. Times are UTC (<c>…Z</c>).</summary>
public sealed record CrossingView(
    Guid Id,
    string PostCode,
    string Direction,
    DateTime OccurredAt,
    string CrossingPoint,
    PersonView Traveller,
    DocumentView? Document,
    string Mode,
    string Purpose,
    int AccompanyingMinors,
    string Remarks,
    string Status,
    string? VoidReason,
    DateOnly Day,
    string RecordedBy,
    DateTime RecordedAt,
    Guid? InterceptionId = null,
    Guid? InterceptedPersonId = null);

/// <summary>A post's crossings on one Haitian day, newest first.</summary>
public sealed record CrossingPage(string Post, DateOnly Day, int PageNumber, int PageSize, long Total, IReadOnlyList<CrossingView> Items);

/// <summary>An official post (its id is the post code) or an unofficial point watched from a post.</summary>
public sealed record CrossingPointView(string Id, string Name, string Kind, string PostCode, string Department);

/// <summary>The values of a crossing's enum-like fields on the wire (the service's tests check them against its own).</summary>
public static class CrossingValues
{
    public static readonly IReadOnlyList<string> Directions = ["entry", "exit"];

    public static readonly IReadOnlyList<string> Modes = ["foot", "vehicle", "motorcycle", "boat"];

    public static readonly IReadOnlyList<string> Purposes = ["trade", "family", "work", "return", "transit", "other"];

    public const string Voided = "voided";

    public static readonly IReadOnlyList<string> Statuses = ["recorded", "corrected", Voided];

    public static readonly IReadOnlyList<string> PointKinds = ["official_post", "unofficial"];
}
