namespace BorderPost.Documents;

internal static class DocumentProblems
{
    public static IResult NotFound(HttpContext http) => Problems.Status(http, StatusCodes.Status404NotFound,
        new("Contrôle de document introuvable.", "Nou pa jwenn kontwòl dokiman sa a.", "Document check not found."));

    public static IResult IdConflict(HttpContext http) => Problems.Status(http, StatusCodes.Status409Conflict,
        new("Cet identifiant désigne déjà le contrôle d'une autre image.", "Idantifyan sa a deja pou kontwòl yon lòt imaj.", "This id already names the check of a different image."));

    public static readonly LocalizedText AlreadyReviewed =
        new("Ce contrôle a déjà été revu par un superviseur.", "Yon sipèvizè deja revize kontwòl sa a.", "This check has already been reviewed by a supervisor.");

    public static readonly Refusal NothingToReview = Refusal.Conflict(new(
        "Seul un contrôle suspect ou frauduleux se revoit.", "Se sèlman yon kontwòl sispèk oswa fwod ki revize.", "Only a suspicious or fraudulent check can be reviewed."));

    public static IResult Busy(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "5";
        return Problems.Status(http, StatusCodes.Status503ServiceUnavailable,
            new("Le service de contrôle des documents est occupé ; réessayez dans quelques secondes.",
                "Sèvis kontwòl dokiman an okipe ; eseye ankò nan kèk segonn.",
                "The document check service is busy; try again in a few seconds."));
    }

    public static IResult NotMultipart(HttpContext http) => Problems.Status(http, StatusCodes.Status415UnsupportedMediaType,
        new("Envoyez l'image en multipart/form-data, champ « image ».", "Voye imaj la an multipart/form-data, chan « image ».", "Send the image as multipart/form-data, field \"image\"."));

    public static IResult MalformedForm(HttpContext http) => Image(http, StatusCodes.Status400BadRequest,
        new("Le formulaire envoyé est illisible ; renvoyez l'image.", "Fòmilè a pa ka li ; voye imaj la ankò.", "The form could not be read; send the image again."));

    public static IResult Rejected(HttpContext http, ImageRejection rejection) => rejection switch
    {
        ImageRejection.Empty => Image(http, StatusCodes.Status400BadRequest,
            new("L'image est vide.", "Imaj la vid.", "The image is empty.")),
        ImageRejection.TooLarge => Image(http, StatusCodes.Status413PayloadTooLarge,
            new("L'image dépasse 10 Mo.", "Imaj la depase 10 Mo.", "The image is larger than 10 MB.")),
        ImageRejection.TooManyPixels => Image(http, StatusCodes.Status413PayloadTooLarge,
            new("L'image dépasse 40 mégapixels ; réduisez sa définition.", "Imaj la depase 40 megapiksèl ; redui rezolisyon li.", "The image has more than 40 megapixels; reduce its resolution.")),
        ImageRejection.TooSmall => Image(http, StatusCodes.Status422UnprocessableEntity,
            new("L'image est trop petite ou trop étroite pour contenir un document (100 pixels au moins de côté).",
                "Imaj la twò piti oswa twò etwat pou gen yon dokiman ladan l (omwen 100 piksèl sou chak bò).",
                "The image is too small or too narrow to hold a document (at least 100 pixels a side).")),
        ImageRejection.NotAnImage => Image(http, StatusCodes.Status415UnsupportedMediaType,
            new("Ce fichier n'est pas une image JPEG, PNG ou TIFF.", "Fichye sa a se pa yon imaj JPEG, PNG oswa TIFF.", "This file is not a JPEG, PNG or TIFF image.")),
        ImageRejection.UnsupportedType => Image(http, StatusCodes.Status415UnsupportedMediaType,
            new("Format d'image non accepté : envoyez un JPEG, PNG ou TIFF.", "Nou pa aksepte fòma imaj sa a : voye yon JPEG, PNG oswa TIFF.", "Image format not accepted: send a JPEG, PNG or TIFF.")),
        ImageRejection.Truncated => Image(http, StatusCodes.Status400BadRequest,
            new("L'image est incomplète (envoi interrompu ?) ; renvoyez-la.", "Imaj la pa konplè (voye a koupe ?) ; voye l ankò.", "The image is incomplete (interrupted upload?); send it again.")),
        _ => Image(http, StatusCodes.Status400BadRequest,
            new("L'image est endommagée et ne peut pas être lue.", "Imaj la domaje, nou pa ka li l.", "The image is damaged and cannot be read.")),
    };

    private static IResult Image(HttpContext http, int status, LocalizedText message)
    {
        var errors = new FieldErrors();
        errors.Add("image", message);
        return Problems.Validation(http, errors, status);
    }
}
