namespace BorderPost.Protection.Referring;

internal static class ReferralMessages
{
    public static readonly LocalizedText UnknownAgency = new(
        "Institution inconnue : un bureau de l'IBESR (IBESR-NE, IBESR-OU, IBESR-CE, IBESR-SE…) ou CNLTP.",
        "Enstitisyon sa a pa egziste : yon biwo IBESR (IBESR-NE, IBESR-OU, IBESR-CE, IBESR-SE…) oswa CNLTP.",
        "Unknown agency: an IBESR office (IBESR-NE, IBESR-OU, IBESR-CE, IBESR-SE…) or CNLTP.");

    public static readonly LocalizedText AgeOfMinor = new(
        "Indiquez la date de naissance, un âge estimé ou une tranche d'âge (0-5, 6-11, 12-14, 15-17).",
        "Bay dat nesans lan, yon laj apeprè oswa yon tranch laj (0-5, 6-11, 12-14, 15-17).",
        "Give the date of birth, an estimated age or an age band (0-5, 6-11, 12-14, 15-17).");

    public static readonly LocalizedText NotAMinor = new(
        "Un mineur a moins de 18 ans ; pour un adulte, faites un référencement de victime.",
        "Yon minè gen mwens pase 18 an ; pou yon granmoun, fè yon referans viktim.",
        "A minor is under 18; for an adult, make a victim referral.");

    public static readonly LocalizedText AgeBand = new(
        "Tranche d'âge : 0-5, 6-11, 12-14 ou 15-17.", "Tranch laj : 0-5, 6-11, 12-14 oswa 15-17.", "Age band: 0-5, 6-11, 12-14 or 15-17.");

    public static readonly LocalizedText Language = new(
        "Langue : code ISO 639 de 2 ou 3 lettres (ht, fr, es, en…).",
        "Lang : kòd ISO 639 2 oswa 3 lèt (ht, fr, es, en…).",
        "Language: an ISO 639 code of 2 or 3 letters (ht, fr, es, en…).");

    public static readonly LocalizedText Phone = new(
        "Téléphone : chiffres, espaces, +, -, parenthèses (30 au plus).",
        "Telefòn : chif, espas, +, -, parantèz (pa plis pase 30).",
        "Phone: digits, spaces, +, -, brackets (30 at most).");

    public static readonly LocalizedText NotForThisKind = new(
        "Cette section ne va pas avec ce type de référencement.",
        "Seksyon sa a pa ale ak kalite referans sa a.",
        "This section does not belong to this kind of referral.");

    public static readonly LocalizedText OtherPostsArrest = new(
        "Cette arrestation a été enregistrée à un autre poste : citez une arrestation de votre poste.",
        "Arestasyon sa a te anrejistre nan yon lòt pòs : site yon arestasyon pòs ou a.",
        "This arrest was recorded at another post: cite an arrest of your own post.");
}
