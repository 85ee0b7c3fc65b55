namespace BorderPost.Crossings.RecordingCrossings;

internal static class ValidationMessages
{
    public static readonly LocalizedText Required = CommonText.Required;

    public static LocalizedText Range(int min, int max) => FieldMessages.Range(min, max);

    public static readonly LocalizedText UnknownPost = FieldMessages.UnknownPost;

    public static readonly LocalizedText UnknownCrossingPoint = Texts.Get("ValidationMessages.UnknownCrossingPoint");

    public static readonly LocalizedText CrossingPointOfOtherPost = Texts.Get("ValidationMessages.CrossingPointOfOtherPost");
}
