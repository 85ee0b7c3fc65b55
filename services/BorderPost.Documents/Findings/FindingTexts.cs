using BorderPost.Documents.ConsultingRegisters;
using BorderPost.Documents.Reading.Photo;
using BorderPost.Documents.Reading.VisualZone;

namespace BorderPost.Documents.Findings;

/// <summary>What each finding tells the officer, in French first, then Haitian Creole and English.</summary>
public static class FindingTexts
{
    public static LocalizedText For(MrzFinding finding) => finding.Code switch
    {
        MrzFindingCodes.CheckDigit => new(
            $"Le chiffre de contrôle {FieldFr(finding.Field)} ne correspond pas : la zone lisible a pu être modifiée. Comparez avec la page et vérifiez le document.",
            $"Chif kontwòl {FieldHt(finding.Field)} pa kòrèk : yo ka te chanje zòn lekti a. Konpare ak paj la epi verifye dokiman an.",
            $"The check digit of {FieldEn(finding.Field)} does not match: the machine-readable zone may have been altered. Compare with the page and inspect the document."),
        MrzFindingCodes.InvalidDate => new(
            $"La {DateFr(finding.Field)} n'est pas une date réelle (par exemple un 31 février).",
            $"{Capital(FieldHt(finding.Field))} pa yon vrè dat (pa egzanp 31 fevriye).",
            $"The {FieldEn(finding.Field)} is not a real date (e.g. 31 February)."),
        MrzFindingCodes.BirthInFuture => new(
            "La date de naissance est dans le futur.", "Dat nesans lan nan lavni.", "The date of birth is in the future."),
        MrzFindingCodes.BirthAfterExpiry => new(
            "La date de naissance est postérieure à la date d'expiration.", "Dat nesans lan apre dat ekspirasyon an.", "The date of birth is after the expiry date."),
        MrzFindingCodes.Expired => new(
            "Le document est expiré à la date du passage.", "Dokiman an ekspire nan dat pasaj la.", "The document has expired on the date of the crossing."),
        MrzFindingCodes.Specimen => new(
            $"Ce document est un spécimen ({finding.Detail}) : un modèle imprimé pour montrer les documents réels, pas un document de voyage.",
            $"Dokiman sa a se yon espesimèn ({finding.Detail}) : yon modèl yo enprime pou montre dokiman reyèl yo, se pa yon dokiman vwayaj.",
            $"This document is a specimen ({finding.Detail}): a sample printed to show what real documents look like, not a travel document."),
        MrzFindingCodes.NationalLayout => new(
            $"Zone lisible au format national ({finding.Detail}), que ce lecteur ne décode pas : lisez la carte à l'œil ; rien n'est conclu.",
            $"Zòn lekti a nan fòma nasyonal ({finding.Detail}), lektè sa a pa dekode l : li kat la ak je w ; anyen pa konkli.",
            $"The MRZ is in a national layout ({finding.Detail}) this reader does not decode: read the card by eye; nothing is concluded."),
        MrzFindingCodes.DateUnknown => new(
            $"La {DateFr(finding.Field)} est partiellement inconnue sur le document.", $"{Capital(FieldHt(finding.Field))} pa konnen nèt sou dokiman an.", $"The {FieldEn(finding.Field)} is partly unknown on the document."),
        MrzFindingCodes.UnknownCountry => new(
            $"Code pays inconnu pour {FieldFr(finding.Field)} ({finding.Detail}) : ni ISO 3166 ni code OACI.",
            $"Kòd peyi pou {FieldHt(finding.Field)} ({finding.Detail}) pa egziste : ni ISO 3166 ni kòd OACI.",
            $"Unknown country code for {FieldEn(finding.Field)} ({finding.Detail}): neither ISO 3166 nor an ICAO code."),
        MrzFindingCodes.InvalidSex => new(
            "Le sexe indiqué n'est pas M, F, X ou <.", "Sèks la pa M, F, X oswa <.", "The sex is not M, F, X or <."),
        MrzFindingCodes.InvalidDocumentType => new(
            "Le code du type de document ne correspond pas au format de la zone lisible.", "Kòd kalite dokiman an pa koresponn ak fòma zòn lekti a.", "The document type code does not fit the MRZ format."),
        MrzFindingCodes.NameFormat => new(
            "Le nom dans la zone lisible ne suit pas les règles OACI (séparateur << , chiffres, lettres après le remplissage).",
            "Non an nan zòn lekti a pa swiv règ OACI yo (separatè <<, chif, lèt apre ranplisaj).",
            "The name in the MRZ breaks the ICAO rules (<< separator, digits, letters after the filler)."),
        MrzFindingCodes.Filler => new(
            "Des caractères figurent là où l'OACI exige le caractère de remplissage <.", "Gen karaktè kote OACI mande karaktè ranplisaj <.", "Characters appear where ICAO requires the filler <."),
        MrzFindingCodes.InvalidCharacter => new(
            "La zone lisible contient un caractère interdit.", "Zòn lekti a gen yon karaktè ki pa pèmèt.", "The MRZ contains a character that is not allowed."),
        MrzFindingCodes.FormatUnknown => new(
            "Le format de la zone lisible n'est pas reconnu.", "Nou pa rekonèt fòma zòn lekti a.", "The MRZ format is not recognised."),
        DocumentFindings.Repaired => new(
            $"Erreurs de lecture corrigées grâce aux chiffres de contrôle ({finding.Detail}).",
            $"Nou korije erè lekti ak chif kontwòl yo ({finding.Detail}).",
            $"Reading errors corrected using the check digits ({finding.Detail})."),
        DocumentFindings.TypeMismatch => new(
            $"Ce n'est pas le type de document attendu (code {finding.Detail}).", $"Se pa kalite dokiman nou te tann (kòd {finding.Detail}).", $"This is not the expected kind of document (code {finding.Detail})."),
        DocumentFindings.MrzNotFound => new(
            "Zone lisible introuvable. Cadrez toute la page, bande de deux ou trois lignes en bas, et reprenez la photo.",
            "Nou pa jwenn zòn lekti a. Mete tout paj la nan foto a, ak de oswa twa liy anba yo, epi refè foto a.",
            "No machine-readable zone found. Frame the whole page with the two or three lines at the bottom and retake the picture."),
        DocumentFindings.UnreliableRead => new(
            "Lecture incertaine : reprenez la photo, à plat, bien éclairée et nette.",
            "Lekti a pa sèten : refè foto a, kouche plat, ak bon limyè epi byen klè.",
            "Uncertain reading: retake the picture flat, well lit and in focus."),
        DocumentFindings.Blurry => new(
            "Image floue : tenez l'appareil immobile et faites la mise au point sur les lignes du bas.",
            "Foto a flou : kenbe aparèy la fiks epi fè mizopwen sou liy anba yo.",
            "Blurred picture: hold the camera still and focus on the bottom lines."),
        DocumentFindings.Glare => new(
            "Reflet sur la zone lisible : inclinez légèrement le document ou éloignez la lumière.",
            "Gen refle sou zòn lekti a : panche dokiman an yon ti kras oswa deplase limyè a.",
            "Glare on the machine-readable zone: tilt the document slightly or move the light."),
        DocumentFindings.TooSmall => new(
            "Le document est trop petit dans l'image : rapprochez-vous pour qu'il remplisse le cadre.",
            "Dokiman an twò piti nan foto a : pwoche pou li ranpli kad la.",
            "The document is too small in the picture: move closer so that it fills the frame."),
        PrintedFieldCheck.Mismatch => new(
            $"Le champ imprimé et la zone lisible ne disent pas la même chose au sujet {FieldFr(finding.Field)} ({finding.Detail}) : l'un des deux a été modifié. Appelez le superviseur.",
            $"Chan enprime a ak zòn lekti a pa di menm bagay sou {FieldHt(finding.Field)} ({finding.Detail}) : yo chanje youn nan de yo. Rele sipèvizè a.",
            $"The printed field and the machine-readable zone disagree about {FieldEn(finding.Field)} ({finding.Detail}): one of them was altered. Call the supervisor."),
        PhotoCheck.FaceMissing => new(
            "Aucun visage n'a été trouvé à la place de la photo : vérifiez la photo du document et comparez-la au voyageur.",
            "Nou pa jwenn okenn figi kote foto a ta dwe ye : verifye foto dokiman an epi konpare l ak vwayajè a.",
            "No face was found where the photo should be: look at the document's photo and compare it with the traveller."),
        RegisterFindings.LostOrStolen => new(
            $"Document inscrit au registre des documents perdus ou volés ({finding.Detail}). Retenez le document et appelez le superviseur.",
            $"Dokiman sa a nan rejis dokiman pèdi oswa vòlè ({finding.Detail}). Kenbe dokiman an epi rele sipèvizè a.",
            $"The document is in the register of lost or stolen documents ({finding.Detail}). Hold the document and call the supervisor."),
        RegisterFindings.NumberReused => new(
            $"Ce numéro de document a déjà été présenté avec une autre identité (nom ou date de naissance) ({finding.Detail}). Appelez le superviseur.",
            $"Nimewo dokiman sa a te deja prezante ak yon lòt idantite (non oswa dat nesans) ({finding.Detail}). Rele sipèvizè a.",
            $"This document number was presented before with another identity (name or date of birth) ({finding.Detail}). Call the supervisor."),
        RegisterFindings.SeenElsewhere => new(
            $"Le même document a été contrôlé à un autre poste peu avant ({finding.Detail}) : l'un des deux peut être une copie.",
            $"Yo te kontwole menm dokiman an nan yon lòt pòs sa pa gen lontan ({finding.Detail}) : youn nan de yo ka yon kopi.",
            $"The same document was checked at another post shortly before ({finding.Detail}): one of the two may be a copy."),
        DocumentFindings.ImageMissing => new(
            "L'image référencée est introuvable.", "Nou pa jwenn imaj la.", "The referenced image was not found."),
        DocumentFindings.ImageHashMismatch => new(
            "L'image reçue ne correspond pas à son empreinte SHA-256.", "Imaj la pa koresponn ak anprent SHA-256 li.", "The image does not match its SHA-256 hash."),
        DocumentFindings.ImageRejected => new(
            $"L'image ne peut pas être lue ({finding.Detail}).", $"Nou pa ka li imaj la ({finding.Detail}).", $"The image cannot be read ({finding.Detail})."),
        _ => new(finding.Code, finding.Code, finding.Code),
    };

    private static string FieldFr(string? field) => field switch
    {
        MrzFieldNames.DocumentNumber => "du numéro du document",
        MrzFieldNames.BirthDate => "de la date de naissance",
        MrzFieldNames.ExpiryDate => "de la date d'expiration",
        MrzFieldNames.OptionalData => "des données facultatives",
        MrzFieldNames.Composite => "composite (ensemble de la ligne)",
        MrzFieldNames.IssuingCountry => "l'État émetteur",
        MrzFieldNames.Nationality => "la nationalité",
        MrzFieldNames.Surname => "du nom",
        MrzFieldNames.GivenNames => "des prénoms",
        _ => field ?? "",
    };

    private static string DateFr(string? field) =>
        field == MrzFieldNames.ExpiryDate ? "date d'expiration" : "date de naissance";

    private static string FieldHt(string? field) => field switch
    {
        MrzFieldNames.DocumentNumber => "nimewo dokiman an",
        MrzFieldNames.BirthDate => "dat nesans lan",
        MrzFieldNames.ExpiryDate => "dat ekspirasyon an",
        MrzFieldNames.OptionalData => "done opsyonèl yo",
        MrzFieldNames.Composite => "konpoze a (tout liy lan)",
        MrzFieldNames.IssuingCountry => "peyi ki bay dokiman an",
        MrzFieldNames.Nationality => "nasyonalite a",
        MrzFieldNames.Surname => "non an",
        MrzFieldNames.GivenNames => "prenon yo",
        _ => field ?? "",
    };

    private static string FieldEn(string? field) => field switch
    {
        MrzFieldNames.DocumentNumber => "the document number",
        MrzFieldNames.BirthDate => "date of birth",
        MrzFieldNames.ExpiryDate => "expiry date",
        MrzFieldNames.OptionalData => "the optional data",
        MrzFieldNames.Composite => "the composite (whole line)",
        MrzFieldNames.IssuingCountry => "the issuing state",
        MrzFieldNames.Nationality => "the nationality",
        MrzFieldNames.Surname => "the surname",
        MrzFieldNames.GivenNames => "the given names",
        _ => field ?? "",
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
