namespace BorderPost.ServiceDefaults.Http;

/// <summary>
/// The messages every service uses the same way, from this library's <c>Resources/Messages.resx</c> (French),
/// <c>.ht.resx</c> and <c>.en.resx</c>.
/// </summary>
public static class CommonText
{
    private static readonly MessageCatalog Catalog = new(typeof(CommonText).Assembly);

    public static LocalizedText Get(string key, params object?[] values) => Catalog.Get(key, values);

    public static readonly LocalizedText Required = CommonText.Get("CommonText.Required");

    public static readonly LocalizedText DateFormat = CommonText.Get("CommonText.DateFormat");
}
