using BorderPost.Contracts.Documents;
using BorderPost.Reporting.CountingDocuments;

namespace BorderPost.Reporting.Tests;

public class DocumentCountingTests
{
    [Fact]
    public void A_check_counts_once_under_its_verdict_and_once_under_each_finding_code()
    {
        var day = new DateOnly(2026, 11, 23);
        var check = new DocumentChecked(Guid.NewGuid(), Guid.NewGuid(), "HQ", "MAL", null, "fraudulent", "TD3",
            ["mrz.check_digit", "register.lost_or_stolen", "mrz.check_digit"], day, default);

        var changes = DocumentCounting.Decide(check);

        Assert.Equal(["document.fraudulent", "document.finding.mrz.check_digit", "document.finding.register.lost_or_stolen"],
            changes.Select(c => c.Category));
        Assert.All(changes, c => Assert.Equal(("MAL", day, 1), (c.PostCode, c.Day, c.Delta)));
    }
}
