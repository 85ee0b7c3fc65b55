namespace BorderPost.Reporting.Totals;

internal static class ReportMessages
{
    public static readonly LocalizedText Required = CommonText.Required;

    public static readonly LocalizedText DateFormat = CommonText.DateFormat;


    public static readonly LocalizedText OwnPostOnly = new(
        "Vous ne voyez que les totaux de votre poste.", "Ou ka wè total pòs pa w sèlman.", "You may see your own post's totals only.");

    public static LocalizedText Range(int maxDays) => new(
        $"« to » doit suivre « from », sur au plus {maxDays} jours.",
        $"« to » dwe apre « from », pa plis pase {maxDays} jou.",
        $"'to' must not precede 'from', over at most {maxDays} days.");
}
