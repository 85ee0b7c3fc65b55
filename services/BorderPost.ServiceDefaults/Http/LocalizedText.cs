namespace BorderPost.ServiceDefaults.Http;

/// <summary>One user-facing message in the three languages BorderPost speaks.</summary>
public sealed record LocalizedText(string Fr, string Ht, string En)
{
    public string In(Language language) => language switch
    {
        Language.Ht => Ht,
        Language.En => En,
        _ => Fr,
    };
}
