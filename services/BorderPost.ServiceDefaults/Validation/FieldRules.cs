using System.Globalization;
using System.Text.RegularExpressions;
using BorderPost.Contracts.Reference;
using BorderPost.ServiceDefaults.Http;
using M = BorderPost.ServiceDefaults.Validation.FieldMessages;

namespace BorderPost.ServiceDefaults.Validation;

/// <summary>
/// The rules every service applies to the fields of a request. Each adds a message naming the field to
/// <see cref="FieldErrors"/> and returns null when the field is bad, so one pass reports every bad field.
/// </summary>
public static partial class FieldRules
{
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 2000;

    public static string? Required(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, M.Required);
            return null;
        }
        return Printable(text.Trim(), field, errors);
    }

    /// <summary>Optional printable text of one line, trimmed; empty when absent.</summary>
    public static string? Optional(string? text, string field, FieldErrors errors, int maxLength = MaxNameLength)
    {
        var value = Printable((text ?? "").Trim(), field, errors);
        if (value is not null && value.Length > maxLength)
        {
            errors.Add(field, M.TooLong(maxLength));
            return null;
        }
        return value is null ? null : Whitespace().Replace(value, " ");
    }

    /// <summary>Free text (remarks, circumstances): line breaks allowed, at most <paramref name="maxLength"/> characters.</summary>
    public static string? Text(string? text, string field, FieldErrors errors, int maxLength = MaxTextLength)
    {
        var value = (text ?? "").Trim();
        if (value.Length > maxLength)
        {
            errors.Add(field, M.TooLong(maxLength));
            return null;
        }
        if (M.HasControlCharacters(value, allowLineBreaks: true))
        {
            errors.Add(field, M.ControlCharacters);
            return null;
        }
        return value;
    }

    /// <summary>A required reason (for a correction, a release…): free text of at most <paramref name="maxLength"/>.</summary>
    public static string? Reason(string? text, string field, FieldErrors errors, int maxLength = 500) =>
        Required(text?.Replace("\n", " ").Replace("\r", " ").Replace("\t", " "), field, errors) is null
            ? null
            : Text(text, field, errors, maxLength);

    /// <summary>An optional integer query parameter within [min, max]; <paramref name="fallback"/> when absent.</summary>
    public static int QueryInt(string text, int fallback, int min, int max, string field, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }
        if (!int.TryParse(text, out var value) || value < min || value > max)
        {
            errors.Add(field, M.Range(min, max));
            return fallback;
        }
        return value;
    }

    public static string? Name(string? text, string field, bool required, FieldErrors errors)
    {
        if (required)
        {
            var value = Required(text, field, errors);
            return value is null ? null : Optional(value, field, errors);
        }
        return Optional(text, field, errors);
    }

    public static string? Printable(string text, string field, FieldErrors errors)
    {
        if (M.HasControlCharacters(text))
        {
            errors.Add(field, M.ControlCharacters);
            return null;
        }
        return text;
    }

    public static T? RequiredEnum<T>(string? text, string field, FieldErrors errors) where T : struct, Enum
    {
        var value = Required(text, field, errors);
        return value is null ? null : Enum<T>(value, field, errors);
    }

    public static T? Enum<T>(string text, string field, FieldErrors errors) where T : struct, Enum
    {
        if (!EnumText.TryParse<T>(text.Trim().ToLowerInvariant(), out var parsed))
        {
            errors.Add(field, M.OneOf(EnumText.Allowed<T>()));
            return null;
        }
        return parsed;
    }

    /// <summary>A list of enum values without repeats (<c>field[2]</c> names a bad one).</summary>
    public static IReadOnlyList<T>? EnumList<T>(IReadOnlyList<string?>? texts, string field, FieldErrors errors, bool required)
        where T : struct, Enum
    {
        if (texts is null || texts.Count == 0)
        {
            if (required)
            {
                errors.Add(field, M.Required);
                return null;
            }
            return [];
        }
        var values = new List<T>();
        var allValid = true;
        for (var i = 0; i < texts.Count; i++)
        {
            if (RequiredEnum<T>(texts[i], $"{field}[{i}]", errors) is not { } value)
            {
                allValid = false;
            }
            else if (!values.Contains(value))
            {
                values.Add(value); // a value ticked twice counts once
            }
        }
        return allValid ? values.Order().ToList() : null;
    }

    public static string? Country(string? code, string field, FieldErrors errors, bool required = true)
    {
        if (!required && string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var value = Required(code, field, errors)?.ToUpperInvariant();
        if (value is not null && !Countries.IsKnown(value))
        {
            errors.Add(field, M.UnknownCountry);
            return null;
        }
        return value;
    }

    public static string? Post(string? code, string field, FieldErrors errors)
    {
        var value = Required(code, field, errors)?.ToUpperInvariant();
        if (value is not null && !Posts.IsOfficial(value))
        {
            errors.Add(field, M.UnknownPost);
            return null;
        }
        return value;
    }

    public static Guid? ClientId(Guid? id, FieldErrors errors, string field = "id")
    {
        if (id is not { } value || value == Guid.Empty)
        {
            errors.Add(field, M.EmptyId);
            return null;
        }
        return value;
    }

    /// <summary>
    /// An instant with an explicit zone (<c>…Z</c> or an offset), not more than five minutes ahead and not older than
    /// a year; returned in UTC.
    /// </summary>
    public static DateTimeOffset? Instant(string? text, string field, DateTimeOffset now, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, M.Required);
            return null;
        }
        if (!ExplicitZone().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            errors.Add(field, M.NotUtc);
            return null;
        }
        var utc = parsed.ToUniversalTime();
        if (utc > now + TimeSpan.FromMinutes(5))
        {
            errors.Add(field, M.InFuture);
            return null;
        }
        if (utc < now - TimeSpan.FromDays(366))
        {
            errors.Add(field, M.TooOld);
            return null;
        }
        return utc;
    }

    public static int? Range(int? value, int min, int max, string field, FieldErrors errors)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors.Add(field, M.Range(min, max));
            return null;
        }
        return value;
    }

    [GeneratedRegex(@"(Z|z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex ExplicitZone();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
