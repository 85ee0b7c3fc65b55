namespace BorderPost.Reporting.Counting;

/// <summary>
/// One category's count for a post and Haitian day moves by <paramref name="Delta"/> (+1 or -1). A count about a person
/// carries their <paramref name="Sex"/> and <paramref name="AgeBand"/> (<c>PersonBands</c>); other counts carry none. A
/// referral's acknowledgement carries the <paramref name="Minutes"/> it took since the referral was opened.
/// </summary>
public sealed record CountChanged(string PostCode, DateOnly Day, string Category, int Delta, string? Sex = null, string? AgeBand = null,
    int? Minutes = null);
