namespace BorderPost.ServiceDefaults.Http;

/// <summary>Validation messages every service uses the same way.</summary>
public static class CommonText
{
    public static readonly LocalizedText Required = new("Ce champ est obligatoire.", "Chan sa a obligatwa.", "This field is required.");

    public static readonly LocalizedText DateFormat = new(
        "Date attendue au format AAAA-MM-JJ.", "Dat la dwe sou fòm AAAA-MM-JJ.", "Expected a date as YYYY-MM-DD.");

    public static readonly LocalizedText IdMismatch = new(
        "L'identifiant ne correspond pas à celui de la fiche corrigée.", "Idantifyan an pa koresponn ak pa dosye y ap korije a.",
        "The id differs from the id of the record being corrected.");

    /// <summary>A record's id in a body, when given, must be the id in the address (<paramref name="field"/> names it).</summary>
    public static void RequireSameId(Guid? inBody, Guid inPath, FieldErrors errors, string field)
    {
        if (inBody is { } id && id != inPath)
        {
            errors.Add(field, IdMismatch);
        }
    }
}
