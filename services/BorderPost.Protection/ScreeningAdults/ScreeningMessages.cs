namespace BorderPost.Protection.ScreeningAdults;

internal static class ScreeningMessages
{
    public static readonly LocalizedText ReferralRequired = Texts.Get("ScreeningMessages.ReferralRequired");

    public static readonly LocalizedText ReferralOnlyForVictim = Texts.Get("ScreeningMessages.ReferralOnlyForVictim");

    public static readonly LocalizedText VictimReferral = Texts.Get("ScreeningMessages.VictimReferral");

    public static readonly LocalizedText SamePost = Texts.Get("ScreeningMessages.SamePost");
}
