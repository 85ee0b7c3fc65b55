using BorderPost.Crossings.ReferenceData;

namespace BorderPost.Crossings.Tests;

/// <summary>A valid request at Ouanaminthe, for tests to vary one field at a time.</summary>
internal static class CrossingRequests
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 10, 0, TimeSpan.Zero);

    public static CrossingRequest Valid() => new(
        Guid.NewGuid(), "OUA", "entry", "2026-11-23T14:05:00Z", "OUA",
        new PersonRequest("PIERRE", "MARIE", "F", new DateOnly(1990, 4, 2), null, "HTI"),
        new DocumentRequest("passport", "RD1234567", "HTI", new DateOnly(2030, 1, 31)),
        "foot", "trade", 0, "");

    private static readonly Dictionary<string, CrossingPoint> Points = new()
    {
        ["OUA"] = new("OUA", "Ouanaminthe", CrossingPointKind.OfficialPost, "OUA", "Nord-Est"),
        ["MAL"] = new("MAL", "Malpasse", CrossingPointKind.OfficialPost, "MAL", "Ouest"),
        ["OUA-CAP"] = new("OUA-CAP", "Capotille", CrossingPointKind.Unofficial, "OUA", "Nord-Est"),
    };

    public static CrossingPoint? Find(string id) => Points.GetValueOrDefault(id);
}
