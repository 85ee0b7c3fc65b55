namespace BorderPost.ServiceDefaults.Http;

/// <summary>Validation messages every service uses the same way.</summary>
public static class CommonText
{
    public static readonly LocalizedText Required = new("Ce champ est obligatoire.", "Chan sa a obligatwa.", "This field is required.");

    public static readonly LocalizedText DateFormat = new(
        "Date attendue au format AAAA-MM-JJ.", "Dat la dwe sou fòm AAAA-MM-JJ.", "Expected a date as YYYY-MM-DD.");
}
