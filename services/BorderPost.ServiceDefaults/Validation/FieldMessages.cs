using BorderPost.ServiceDefaults.Http;

namespace BorderPost.ServiceDefaults.Validation;

/// <summary>Validation messages shared by every service, in French, Haitian Creole and English.</summary>
public static class FieldMessages
{
    public static readonly LocalizedText Required = CommonText.Required;

    public static LocalizedText OneOf(IEnumerable<string> allowed)
    {
        var list = string.Join(", ", allowed);
        return new($"Valeur non reconnue. Valeurs permises : {list}.", $"Valè sa a pa rekonèt. Valè ki bon : {list}.", $"Unknown value. Allowed: {list}.");
    }

    public static LocalizedText TooLong(int max) =>
        new($"Au plus {max} caractères.", $"Pa plis pase {max} karaktè.", $"At most {max} characters.");

    public static LocalizedText TooMany(int max) =>
        new($"Au plus {max} éléments.", $"Pa plis pase {max} eleman.", $"At most {max} items.");

    public static LocalizedText Range(int min, int max) =>
        new($"Doit être entre {min} et {max}.", $"Dwe ant {min} ak {max}.", $"Must be between {min} and {max}.");

    public static readonly LocalizedText UnknownPost = new(
        "Poste inconnu. Postes officiels : OUA, MAL, BEL, AAP.",
        "Pòs sa a pa egziste. Pòs ofisyèl yo : OUA, MAL, BEL, AAP.",
        "Unknown post. Official posts: OUA, MAL, BEL, AAP.");

    public static readonly LocalizedText NotUtc = new(
        "Date et heure ISO 8601 avec fuseau requises, par ex. 2026-11-23T14:05:00Z.",
        "Dat ak lè ISO 8601 ak zòn lè obligatwa, egzanp 2026-11-23T14:05:00Z.",
        "An ISO 8601 date and time with a time zone is required, e.g. 2026-11-23T14:05:00Z.");

    public static readonly LocalizedText InFuture = new(
        "L'heure ne peut pas être dans le futur (plus de 5 minutes).",
        "Lè a pa ka nan lavni (plis pase 5 minit).",
        "The time cannot be in the future (more than 5 minutes ahead).");

    public static readonly LocalizedText TooOld = new(
        "L'heure est trop ancienne (plus d'un an).", "Lè a twò lontan (plis pase yon ane).", "The time is too far in the past (over a year).");

    /// <summary>Why an agency cannot receive a child (<paramref name="minor"/>) or an adult victim.</summary>
    public static LocalizedText AgencyFor(bool minor) => minor ? AgencyForMinor : AgencyForVictim;

    private static readonly LocalizedText AgencyForMinor = new(
        "Un mineur est orienté vers un bureau de l'IBESR (IBESR-NE, IBESR-OU, IBESR-CE, IBESR-SE…).",
        "Yon minè voye bay yon biwo IBESR (IBESR-NE, IBESR-OU, IBESR-CE, IBESR-SE…).",
        "A minor is referred to an IBESR office (IBESR-NE, IBESR-OU, IBESR-CE, IBESR-SE…).");

    private static readonly LocalizedText AgencyForVictim = new(
        "Une victime adulte est orientée vers les services aux victimes (CNLTP).",
        "Yon viktim ki granmoun voye bay sèvis pou viktim yo (CNLTP).",
        "An adult victim is referred to victim services (CNLTP).");

    public static readonly LocalizedText BirthDateInvalid = new(
        "Date de naissance impossible (future ou plus de 130 ans).",
        "Dat nesans pa posib (nan lavni oswa plis pase 130 an).",
        "Impossible date of birth (in the future or over 130 years ago).");

    public static readonly LocalizedText BirthOrAge = new(
        "Indiquez la date de naissance ou un âge estimé.",
        "Bay dat nesans lan oswa yon laj apeprè.",
        "Give the date of birth or an estimated age.");

    public static readonly LocalizedText UnknownCountry = new(
        "Code pays ISO 3166-1 alpha-3 attendu (ex. HTI, DOM).",
        "Nou bezwen kòd peyi ISO 3166-1 alpha-3 (egzanp HTI, DOM).",
        "An ISO 3166-1 alpha-3 country code is expected (e.g. HTI, DOM).");

    public static readonly LocalizedText Sex = new("Sexe : M, F ou X.", "Sèks : M, F oswa X.", "Sex: M, F or X.");

    public static readonly LocalizedText ControlCharacters = new(
        "Caractères de contrôle non permis.", "Karaktè kontwòl pa pèmèt.", "Control characters are not allowed.");

    public static readonly LocalizedText EmptyId = new(
        "Identifiant (UUID) généré par le client requis.",
        "Idantifyan (UUID) kliyan an jenere obligatwa.",
        "A client-generated id (UUID) is required.");

    /// <summary>Text fields take printable text; free text may also hold line breaks and tabs.</summary>
    public static bool HasControlCharacters(string text, bool allowLineBreaks = false) =>
        text.Any(c => char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t'));
}
