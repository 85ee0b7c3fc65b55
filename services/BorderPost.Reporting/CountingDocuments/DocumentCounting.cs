using BorderPost.Contracts.Documents;
using BorderPost.Reporting.Counting;

namespace BorderPost.Reporting.CountingDocuments;

/// <summary>What a completed check counts: once under its verdict, and once under each finding code it raised.</summary>
public static class DocumentCounting
{
    public static IReadOnlyList<CountChanged> Decide(DocumentChecked message) =>
    [
        new(message.Post, message.Day, ReportCategories.DocumentCheck(message.Verdict), +1),
        .. message.FindingCodes.Distinct().Order(StringComparer.Ordinal)
            .Select(code => new CountChanged(message.Post, message.Day, ReportCategories.DocumentFinding(code), +1)),
    ];
}
