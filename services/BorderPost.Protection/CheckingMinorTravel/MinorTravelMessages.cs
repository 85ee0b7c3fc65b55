namespace BorderPost.Protection.CheckingMinorTravel;

internal static class MinorTravelMessages
{
    public static readonly LocalizedText IssuingOffice = Texts.Get("MinorTravelMessages.IssuingOffice");

    /// <summary>Why the child is held, in words (<c>MinorTravelMessages.Reason.authorisation_missing</c>…).</summary>
    public static LocalizedText Reason(HoldReason reason) => Texts.Get($"MinorTravelMessages.Reason.{EnumText.ToWire(reason)}");

    public static LocalizedText HeldAtCheck(string reason) => Texts.Get("MinorTravelMessages.HeldAtCheck", reason);
}
