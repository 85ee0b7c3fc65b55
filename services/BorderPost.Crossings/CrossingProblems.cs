namespace BorderPost.Crossings;

internal static class CrossingProblems
{
    public static readonly LocalizedText DateFormat = CommonText.DateFormat;

    public static IResult NotFound(HttpContext http) => Problems.Status(http, StatusCodes.Status404NotFound,
        new("Passage introuvable.", "Nou pa jwenn pasaj sa a.", "Crossing not found."));

    public static IResult OtherPost(HttpContext http) => Problems.Status(http, StatusCodes.Status403Forbidden,
        new("Vous ne pouvez agir que pour votre poste.", "Ou ka aji sèlman pou pòs pa w.", "You may act only for your own post."));

    public static IResult IdConflict(HttpContext http) => Problems.Status(http, StatusCodes.Status409Conflict,
        new("Cet identifiant désigne déjà un autre passage.", "Idantifyan sa a deja pou yon lòt pasaj.", "This id already names a different crossing."));

    public static readonly Refusal Voided = Refusal.Conflict(new("Ce passage a été annulé.", "Pasaj sa a te anile.", "This crossing was voided."));

    public static readonly LocalizedText ChangedMeanwhile =
        new("Ce passage a été modifié entre-temps ; rechargez-le.", "Pasaj sa a chanje pandan tan an ; rechaje l.", "This crossing changed meanwhile; reload it.");
}
