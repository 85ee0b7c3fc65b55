namespace BorderPost.Arrests.RecordingArrests;

internal static class ArrestMessages
{
    public static readonly LocalizedText CrossingPoint = new(
        "Point de passage : le code du poste (ex. OUA) ou d'un point non officiel de ce poste (ex. OUA-CAP).",
        "Pwen pasaj : kòd pòs la (egzanp OUA) oswa kòd yon pwen ki pa ofisyèl nan pòs sa a (egzanp OUA-CAP).",
        "Crossing point: the post's code (e.g. OUA) or that of one of its unofficial points (e.g. OUA-CAP).");

    public static readonly LocalizedText ReferralIdRepeated = new(
        "Cet identifiant de référencement apparaît deux fois.",
        "Idantifyan referans sa a parèt de fwa.",
        "This referral id appears twice.");

    public static readonly LocalizedText ReferralWithdrawn = new(
        "Une correction ne retire pas une personne référée : fermez son dossier dans le service de protection.",
        "Yon koreksyon pa ka retire yon moun ki te refere : fèmen dosye li nan sèvis pwoteksyon an.",
        "A correction cannot withdraw a referred person: close their referral in the protection service.");

    public static readonly LocalizedText ReferralChanged = new(
        "Une correction ne change ni le type ni l'institution d'une personne référée : le service de protection la réaffecte.",
        "Yon koreksyon pa ka chanje ni kalite ni enstitisyon yon moun ki te refere : sèvis pwoteksyon an ka reyafekte l.",
        "A correction cannot change a referred person's kind or agency: the protection service reassigns the referral.");

    public static readonly LocalizedText PostCannotChange = new(
        "Une arrestation ne change pas de poste.", "Yon arestasyon pa ka chanje pòs.", "An arrest cannot move to another post.");
}
