using System.Text.RegularExpressions;
using BorderPost.HttpApi.People;
using BorderPost.ServiceDefaults.Http;

namespace BorderPost.ServiceDefaults.Validation;

/// <summary>
/// A travel document that passed the rules, its type one of the calling service's own document types. Never stored as
/// it is: each service keeps its own record of a document in its events.
/// </summary>
public sealed record CheckedDocument<TType>(TType Type, string Number, string IssuingCountry, DateOnly? ExpiryDate)
    where TType : struct, Enum;

/// <summary>The rules for a travel document, shared by crossings and arrests.</summary>
public static partial class DocumentRules
{
    public static readonly LocalizedText NumberFormat = CommonText.Get("DocumentRules.NumberFormat");

    /// <summary>Null when absent (a document is optional) or when a field is bad (then named under <paramref name="prefix"/>).</summary>
    public static CheckedDocument<TType>? Validate<TType>(DocumentRequest? d, string prefix, FieldErrors errors)
        where TType : struct, Enum
    {
        if (d is null)
        {
            return null;
        }
        var type = FieldRules.RequiredEnum<TType>(d.Type, $"{prefix}.type", errors);
        var number = FieldRules.Required(d.Number, $"{prefix}.number", errors)?.ToUpperInvariant();
        if (number is not null && !NumberPattern().IsMatch(number))
        {
            errors.Add($"{prefix}.number", NumberFormat);
            number = null;
        }
        var issuer = FieldRules.Country(d.IssuingCountry, $"{prefix}.issuingCountry", errors);
        return type is null || number is null || issuer is null ? null : new CheckedDocument<TType>(type.Value, number, issuer, d.ExpiryDate);
    }

    [GeneratedRegex("^[A-Z0-9]{1,20}$")]
    private static partial Regex NumberPattern();
}
