namespace BorderPost.Arrests;

internal static class ArrestProblems
{
    public static IResult NotFound(HttpContext http) => Problems.Status(http, StatusCodes.Status404NotFound,
        new("Arrestation introuvable.", "Nou pa jwenn arestasyon sa a.", "Arrest not found."));

    public static IResult OtherPost(HttpContext http) => Problems.Status(http, StatusCodes.Status403Forbidden,
        new("Vous ne pouvez agir que pour votre poste.", "Ou ka aji sèlman pou pòs pa w.", "You may act only for your own post."));

    public static IResult IdConflict(HttpContext http) => Problems.Status(http, StatusCodes.Status409Conflict,
        new("Cet identifiant désigne déjà une autre arrestation.", "Idantifyan sa a deja pou yon lòt arestasyon.", "This id already names a different arrest."));

    public static readonly LocalizedText ChangedMeanwhile =
        new("Cette arrestation a été modifiée entre-temps ; rechargez-la.", "Arestasyon sa a chanje pandan tan an ; rechaje l.", "This arrest changed meanwhile; reload it.");

    public static readonly Refusal AlreadyTransferred = Refusal.Conflict(new(
        "Le suspect a déjà été transféré ; il n'est plus sous la garde du poste.",
        "Yo te deja transfere sispèk la ; li pa anba kontwòl pòs la ankò.",
        "The suspect was already transferred; they are no longer in the post's custody."));

    public static readonly Refusal AlreadyReleased = Refusal.Conflict(new(
        "Le suspect a déjà été relâché.", "Yo te deja lage sispèk la.", "The suspect was already released."));
}
