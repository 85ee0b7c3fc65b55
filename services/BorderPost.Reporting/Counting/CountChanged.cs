namespace BorderPost.Reporting.Counting;

/// <summary>One category's count for a post and Haitian day moves by <paramref name="Delta"/> (+1 or -1).</summary>
public sealed record CountChanged(string PostCode, DateOnly Day, string Category, int Delta);
