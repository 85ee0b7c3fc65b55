namespace BorderPost.HttpApi.Reporting;

/// <summary>One count a service makes from its own event store: a post, a Haitian day, a category (<see cref="ReportCategories"/>).</summary>
public sealed record SourceCount(string Post, DateOnly Day, string Category, int Count);

/// <summary>
/// <c>GET /api/crossings/counts?from&amp;to</c> (and <c>/api/arrests/counts</c>, <c>/api/referrals/counts</c>,
/// <c>/api/document-checks/counts</c>): what the service's own store says Reporting should have counted in the period.
/// Counts only, for headquarters; zero counts are left out.
/// </summary>
public sealed record SourceCounts(DateOnly From, DateOnly To, IReadOnlyList<SourceCount> Rows);

/// <summary>
/// A post, day and category where Reporting's total (<paramref name="Reporting"/>) differs from what the
/// <paramref name="Source"/> service's store says (<paramref name="Counted"/>).
/// </summary>
public sealed record ReconciliationDifference(string Source, string Post, DateOnly Day, string Category, int Reporting, int Counted);

/// <summary>One service compared: the categories it answers for, and both sides' sums over the period.</summary>
public sealed record ReconciledSource(string Name, string Categories, int Reporting, int Counted);

/// <summary>
/// <c>GET /api/reports/reconciliation?from&amp;to</c>: every difference between Reporting's totals and the services'
/// own stores in the period; none when the figures are exact.
/// </summary>
public sealed record ReconciliationResponse(DateOnly From, DateOnly To, IReadOnlyList<ReconciliationDifference> Differences,
    IReadOnlyList<ReconciledSource> Sources);
