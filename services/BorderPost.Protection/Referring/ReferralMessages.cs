namespace BorderPost.Protection.Referring;

internal static class ReferralMessages
{
    public static readonly LocalizedText UnknownAgency = Texts.Get("ReferralMessages.UnknownAgency");

    public static readonly LocalizedText AgeOfMinor = Texts.Get("ReferralMessages.AgeOfMinor");

    public static readonly LocalizedText NotAMinor = Texts.Get("ReferralMessages.NotAMinor");

    public static readonly LocalizedText AgeBand = Texts.Get("ReferralMessages.AgeBand");

    public static readonly LocalizedText Language = Texts.Get("ReferralMessages.Language");

    public static readonly LocalizedText Phone = Texts.Get("ReferralMessages.Phone");

    public static readonly LocalizedText NotForThisKind = Texts.Get("ReferralMessages.NotForThisKind");

    public static readonly LocalizedText OtherPostsArrest = Texts.Get("ReferralMessages.OtherPostsArrest");
}
