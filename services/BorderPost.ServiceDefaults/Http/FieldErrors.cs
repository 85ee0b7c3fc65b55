namespace BorderPost.ServiceDefaults.Http;

/// <summary>Collects validation failures per field (camelCase path, e.g. <c>traveller.surname</c>).</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<LocalizedText>> _errors;
    private readonly string _prefix;

    public FieldErrors()
        : this(new(StringComparer.Ordinal), "")
    {
    }

    private FieldErrors(Dictionary<string, List<LocalizedText>> errors, string prefix)
    {
        _errors = errors;
        _prefix = prefix;
    }

    /// <summary>A view that adds to the same errors with field names under <paramref name="prefix"/>.</summary>
    public FieldErrors Prefixed(string prefix) => new(_errors, _prefix + prefix);

    public bool Any => _errors.Count > 0;

    public IReadOnlyCollection<string> Fields => _errors.Keys;

    public void Add(string field, LocalizedText message)
    {
        field = _prefix + field;
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }
        list.Add(message);
    }

    public Dictionary<string, string[]> In(Language language) =>
        _errors.ToDictionary(kv => kv.Key, kv => kv.Value.Select(m => m.In(language)).ToArray());
}
