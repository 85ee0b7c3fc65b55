namespace BorderPost.Protection;

internal static class ProtectionProblems
{
    public static IResult NotFound(HttpContext http) => Problems.Status(http, StatusCodes.Status404NotFound,
        new("Référencement introuvable.", "Nou pa jwenn referans sa a.", "Referral not found."));

    public static IResult NotYours(HttpContext http) => Problems.Status(http, StatusCodes.Status403Forbidden,
        new("Ce référencement ne relève ni de votre poste ni de votre institution.",
            "Referans sa a pa pou pòs ou ni pou enstitisyon w.",
            "This referral belongs neither to your post nor to your agency."));

    public static IResult OtherPost(HttpContext http) => Problems.Status(http, StatusCodes.Status403Forbidden,
        new("Vous ne pouvez référer que pour votre poste.", "Ou ka refere sèlman pou pòs pa w.", "You may refer only for your own post."));

    public static IResult AlarmsForSupervisors(HttpContext http) => Problems.Status(http, StatusCodes.Status403Forbidden,
        new("Les alarmes de retard sont réservées aux superviseurs et aux agents de protection.",
            "Alam reta yo se pou sipèvizè ak ajan pwoteksyon sèlman.",
            "Overdue alarms are for supervisors and protection officers."));

    public static IResult IdConflict(HttpContext http) => Problems.Status(http, StatusCodes.Status409Conflict,
        new("Cet identifiant désigne déjà un autre référencement.", "Idantifyan sa a deja pou yon lòt referans.", "This id already names a different referral."));

    /// <summary>The arrest listed this referral id with another kind, post, agency or arrest than the officer's details say.</summary>
    public static IResult ListedDifferently(HttpContext http, Referral listed)
    {
        var kind = listed.Kind == ReferralKind.Minor
            ? new LocalizedText("mineur", "minè", "minor")
            : new LocalizedText("victime", "viktim", "victim");
        var language = http.PreferredLanguage();
        return Problems.Status(http, StatusCodes.Status409Conflict,
            new("L'arrestation a déjà signalé cette personne autrement ; envoyez les détails tels qu'elle l'a listée.",
                "Arestasyon an te deja make moun sa a yon lòt jan ; voye detay yo jan li te make l.",
                "The arrest already listed this person differently; send the details as it listed them."),
            new($"Listée comme {kind.In(language)}, poste {listed.PostCode}, institution {listed.Agency}, arrestation {listed.ArrestId}.",
                $"Make kòm {kind.In(language)}, pòs {listed.PostCode}, enstitisyon {listed.Agency}, arestasyon {listed.ArrestId}.",
                $"Listed as {kind.In(language)}, post {listed.PostCode}, agency {listed.Agency}, arrest {listed.ArrestId}."));
    }

    public static readonly LocalizedText ChangedMeanwhile =
        new("Ce référencement a été modifié entre-temps ; rechargez-le.", "Referans sa a chanje pandan tan an ; rechaje l.", "This referral changed meanwhile; reload it.");
}
