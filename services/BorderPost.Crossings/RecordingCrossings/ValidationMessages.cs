namespace BorderPost.Crossings.RecordingCrossings;

internal static class ValidationMessages
{
    public static readonly LocalizedText Required = CommonText.Required;

    public static LocalizedText Range(int min, int max) => FieldMessages.Range(min, max);

    public static readonly LocalizedText UnknownPost = FieldMessages.UnknownPost;

    public static readonly LocalizedText EmptyId = FieldMessages.EmptyId;

    public static readonly LocalizedText UnknownCrossingPoint = new(
        "Point de passage non enregistré.", "Pwen pasaj sa a pa anrejistre.", "This crossing point is not registered.");

    public static readonly LocalizedText CrossingPointOfOtherPost = new(
        "Ce point de passage ne dépend pas de ce poste.", "Pwen pasaj sa a pa depann de pòs sa a.", "This crossing point does not belong to this post.");
}
