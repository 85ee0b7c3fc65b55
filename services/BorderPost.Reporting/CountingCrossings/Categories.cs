namespace BorderPost.Reporting.CountingCrossings;

/// <summary>Report categories: <c>crossing.entry</c>, <c>crossing.exit</c>; later issues add theirs.</summary>
public static class Categories
{
    public static string Crossing(string direction) => $"crossing.{direction}";
}
