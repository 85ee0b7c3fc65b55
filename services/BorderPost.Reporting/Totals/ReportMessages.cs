namespace BorderPost.Reporting.Totals;

internal static class ReportMessages
{
    public static readonly LocalizedText OwnPostOnly = Texts.Get("ReportMessages.OwnPostOnly");

    public static readonly LocalizedText TraitAlone = Texts.Get("ReportMessages.TraitAlone");

    public static LocalizedText SourceUnreachable(string services) => Texts.Get("ReportMessages.SourceUnreachable", services);
}
