namespace BorderPost.Reporting.Counting;

/// <summary>Report categories: <c>crossing.entry</c>, <c>crossing.exit</c>, <c>document.&lt;verdict&gt;</c>.</summary>
public static class Categories
{
    public static string Crossing(string direction) => $"crossing.{direction}";

    public static string DocumentCheck(string verdict) => $"document.{verdict}";
}
