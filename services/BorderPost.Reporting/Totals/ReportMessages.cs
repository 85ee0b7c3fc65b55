namespace BorderPost.Reporting.Totals;

internal static class ReportMessages
{
    public static readonly LocalizedText Required = CommonText.Required;

    public static readonly LocalizedText DateFormat = CommonText.DateFormat;


    public static readonly LocalizedText OwnPostOnly = Texts.Get("ReportMessages.OwnPostOnly");

    public static LocalizedText Range(int maxDays) => Texts.Get("ReportMessages.Range", maxDays);
}
