namespace BorderPost.Reporting.Counting;

/// <summary>
/// One category's count for a post and Haitian day moves by <paramref name="Delta"/> (+1 or -1). A count about a person
/// carries their <paramref name="Sex"/> and <paramref name="AgeBand"/> (<c>PersonBands</c>); other counts carry none. A
/// referral's acknowledgement carries the <paramref name="Minutes"/> it took since the referral was opened. A crossing
/// carries the traveller's <paramref name="Nationality"/> and its <paramref name="Purpose"/>, a referral its
/// <paramref name="Agency"/>: traits of the record headquarters may split by (<see cref="TotalsSplits.Traits"/>).
/// </summary>
public sealed record CountChanged(string PostCode, DateOnly Day, string Category, int Delta, string? Sex = null, string? AgeBand = null,
    int? Minutes = null, string? Nationality = null, string? Purpose = null, string? Agency = null);
