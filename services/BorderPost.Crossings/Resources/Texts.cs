namespace BorderPost.Crossings;

/// <summary>This service's user-facing messages: <c>Resources/Messages.resx</c> (French), <c>.ht.resx</c> and <c>.en.resx</c>.</summary>
internal static class Texts
{
    private static readonly MessageCatalog Catalog = new(typeof(Texts).Assembly);

    public static LocalizedText Get(string key, params object?[] values) => Catalog.Get(key, values);
}
