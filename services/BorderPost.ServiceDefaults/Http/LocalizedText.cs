using System.Globalization;
using System.Resources;

namespace BorderPost.ServiceDefaults.Http;

/// <summary>
/// One user-facing message: a key in a service's resource files (<c>Resources/Messages.resx</c> in French,
/// <c>.ht.resx</c> and <c>.en.resx</c>) with the values it is formatted with. Values that are themselves messages are
/// shown in the same language.
/// </summary>
public sealed class LocalizedText
{
    private readonly ResourceManager? _resources;
    private readonly object?[] _values;

    internal LocalizedText(ResourceManager? resources, string key, object?[] values)
    {
        _resources = resources;
        Key = key;
        _values = values;
    }

    public string Key { get; }

    /// <summary>A text shown as it is in every language (a code nobody has named yet).</summary>
    public static LocalizedText Verbatim(string text) => new(null, text, []);

    public string In(Language language) => In(LanguageNegotiation.Culture(language));

    public string In(CultureInfo culture)
    {
        if (_resources is null)
        {
            return Key;
        }
        var format = _resources.GetString(Key, culture) ?? Key;
        if (_values.Length == 0)
        {
            return format;
        }
        var values = _values.Select(v => v is LocalizedText text ? text.In(culture) : v).ToArray();
        return string.Format(CultureInfo.InvariantCulture, format, values);
    }

    public override string ToString() => In(Language.Fr);
}

/// <summary>The messages of one assembly, read from its <c>Resources/Messages*.resx</c>.</summary>
public sealed class MessageCatalog(System.Reflection.Assembly assembly)
{
    public ResourceManager Resources { get; } = new($"{assembly.GetName().Name}.Resources.Messages", assembly);

    public LocalizedText Get(string key, params object?[] values) => new(Resources, key, values);
}
