namespace BorderPost.Crossings.CorrectingCrossings;

internal static class Reasons
{
    public const int MaxLength = 500;

    public static readonly LocalizedText PostCannotChange = Texts.Get("Reasons.PostCannotChange");

    public static string? Validate(string? reason, FieldErrors errors) => FieldRules.Reason(reason, "reason", errors, MaxLength);
}
