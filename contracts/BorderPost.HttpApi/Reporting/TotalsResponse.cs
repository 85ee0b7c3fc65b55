namespace BorderPost.HttpApi.Reporting;

/// <summary>One count: a post, a Haitian day, a category code (<c>crossing.entry</c>, <c>referral.minor.opened</c>, …).</summary>
public sealed record TotalsRow(string Post, DateOnly Day, string Category, int Count);

/// <summary>Counts only, never names, for a period (both days included).</summary>
public sealed record TotalsResponse(DateOnly From, DateOnly To, IReadOnlyList<TotalsRow> Rows, int Total);
