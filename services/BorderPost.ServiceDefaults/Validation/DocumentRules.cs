using System.Text.RegularExpressions;
using BorderPost.ServiceDefaults.Http;

namespace BorderPost.ServiceDefaults.Validation;

public enum DocumentType { Passport, IdCard, Visa, LaissezPasser, TravelDocument, Other }

/// <summary>A travel document as a client sends it.</summary>
public sealed record DocumentRequest(string? Type, string? Number, string? IssuingCountry, DateOnly? ExpiryDate);

/// <summary>A travel document as an officer recorded it, validated.</summary>
public sealed record TravelDocument(DocumentType Type, string Number, string IssuingCountry, DateOnly? ExpiryDate);

/// <summary>The rules for a travel document, shared by crossings and arrests.</summary>
public static partial class DocumentRules
{
    public static readonly LocalizedText NumberFormat = new(
        "Numéro de document : 1 à 20 lettres ou chiffres.",
        "Nimewo dokiman : 1 a 20 lèt oswa chif.",
        "Document number: 1 to 20 letters or digits.");

    /// <summary>Null when absent (a document is optional) or when a field is bad (then named under <paramref name="prefix"/>).</summary>
    public static TravelDocument? Validate(DocumentRequest? d, string prefix, FieldErrors errors)
    {
        if (d is null)
        {
            return null;
        }
        var type = FieldRules.RequiredEnum<DocumentType>(d.Type, $"{prefix}.type", errors);
        var number = FieldRules.Required(d.Number, $"{prefix}.number", errors)?.ToUpperInvariant();
        if (number is not null && !NumberPattern().IsMatch(number))
        {
            errors.Add($"{prefix}.number", NumberFormat);
            number = null;
        }
        var issuer = FieldRules.Country(d.IssuingCountry, $"{prefix}.issuingCountry", errors);
        return type is null || number is null || issuer is null ? null : new TravelDocument(type.Value, number, issuer, d.ExpiryDate);
    }

    [GeneratedRegex("^[A-Z0-9]{1,20}$")]
    private static partial Regex NumberPattern();
}
