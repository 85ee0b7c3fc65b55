namespace BorderPost.ServiceDefaults.Http;

/// <summary>A correction carries the whole corrected record, validated as when it was first recorded.</summary>
public static class Corrected
{
    private static readonly LocalizedText IdMismatch = CommonText.Get("CommonText.IdMismatch");

    /// <summary>
    /// The record under <paramref name="field"/> is required and valid (its errors named under <c>field.</c>); the id it
    /// gives, if any, must be <paramref name="id"/>, the id in the address.
    /// </summary>
    public static TValid? Validate<TRecord, TValid>(TRecord? record, Guid? givenId, Guid id, FieldErrors errors, string field,
        Func<TRecord, FieldErrors, TValid?> validate)
        where TRecord : class
    {
        var valid = record is null ? default : validate(record, errors.Prefixed(field + "."));
        if (record is null)
        {
            errors.Add(field, CommonText.Required);
        }
        if (givenId is { } given && given != id)
        {
            errors.Add(field + ".id", IdMismatch);
        }
        return valid;
    }
}
