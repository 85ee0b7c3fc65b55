namespace BorderPost.Reporting.Totals;

internal static class ReportMessages
{
    public static readonly LocalizedText OwnPostOnly = Texts.Get("ReportMessages.OwnPostOnly");

    public static LocalizedText SourceUnreachable(string services) => Texts.Get("ReportMessages.SourceUnreachable", services);
}
