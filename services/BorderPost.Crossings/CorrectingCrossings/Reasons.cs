namespace BorderPost.Crossings.CorrectingCrossings;

internal static class Reasons
{
    public const int MaxLength = 500;

    public static readonly LocalizedText PostCannotChange = new(
        "Un passage ne change pas de poste : annulez-le et enregistrez-le au bon poste.",
        "Yon pasaj pa ka chanje pòs : anile l epi anrejistre l nan bon pòs la.",
        "A crossing cannot move to another post: void it and record it at the right post.");

    public static string? Validate(string? reason, FieldErrors errors) => FieldRules.Reason(reason, "reason", errors, MaxLength);
}
