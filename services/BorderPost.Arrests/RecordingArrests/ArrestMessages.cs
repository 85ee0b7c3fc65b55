namespace BorderPost.Arrests.RecordingArrests;

internal static class ArrestMessages
{
    public static readonly LocalizedText CrossingPoint = Texts.Get("ArrestMessages.CrossingPoint");

    public static readonly LocalizedText ReferralIdRepeated = Texts.Get("ArrestMessages.ReferralIdRepeated");

    public static readonly LocalizedText ReferralWithdrawn = Texts.Get("ArrestMessages.ReferralWithdrawn");

    public static readonly LocalizedText ReferralChanged = Texts.Get("ArrestMessages.ReferralChanged");

    public static readonly LocalizedText PostCannotChange = Texts.Get("ArrestMessages.PostCannotChange");
}
