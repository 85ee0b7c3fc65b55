using BorderPost.Contracts.Reference;
using System.Text.RegularExpressions;
using BorderPost.Identity.IssuingTokens;

namespace BorderPost.Identity.ManagingUsers;

/// <summary>A user as the admin sends it: the role decides whether a post or an agency is required.</summary>
public sealed record ValidUser(string Id, string DisplayName, string Role, string? Post, string? Agency);

public static partial class UserValidation
{
    private static readonly LocalizedText UsernameFormat = new(
        "Nom d'utilisateur : 3 à 50 lettres minuscules, chiffres, points, tirets.",
        "Non itilizatè : 3 a 50 lèt miniskil, chif, pwen, tirè.",
        "User name: 3 to 50 lowercase letters, digits, dots, dashes.");

    private static readonly LocalizedText UnknownAgency = new(
        "Institution inconnue (IBESR-NE, IBESR-OU, IBESR-CE, IBESR-SE…, CNLTP).",
        "Enstitisyon sa a pa egziste (IBESR-NE, IBESR-OU, IBESR-CE, IBESR-SE…, CNLTP).",
        "Unknown agency (IBESR-NE, IBESR-OU, IBESR-CE, IBESR-SE…, CNLTP).");

    private static readonly LocalizedText PasswordLength = new(
        $"Au moins {ChangePassword.MinLength} caractères.", $"Omwen {ChangePassword.MinLength} karaktè.", $"At least {ChangePassword.MinLength} characters.");

    private static readonly LocalizedText NotForRole = new(
        "Ce champ ne s'applique pas à ce rôle.", "Chan sa a pa pou wòl sa a.", "This field does not apply to this role.");

    public static ValidUser? Validate(UserRequest r, FieldErrors errors, bool withUsername, bool withPassword)
    {
        string? id = null;
        if (withUsername)
        {
            id = FieldRules.Required(r.Username, "username", errors)?.ToLowerInvariant();
            if (id is not null && !UsernamePattern().IsMatch(id))
            {
                errors.Add("username", UsernameFormat);
                id = null;
            }
        }
        var name = FieldRules.Name(r.DisplayName, "displayName", required: true, errors);
        var role = FieldRules.Required(r.Role, "role", errors)?.ToLowerInvariant();
        if (role is not null && !Roles.All.Contains(role))
        {
            errors.Add("role", FieldMessages.OneOf(Roles.All));
            role = null;
        }
        string? post = null, agency = null;
        var needsPost = role is Roles.Officer or Roles.Supervisor;
        if (needsPost)
        {
            post = FieldRules.Post(r.Post, "post", errors);
        }
        else if (!string.IsNullOrWhiteSpace(r.Post))
        {
            errors.Add("post", NotForRole);
        }
        if (role == Roles.Protection)
        {
            agency = FieldRules.Required(r.Agency, "agency", errors)?.ToUpperInvariant();
            if (agency is not null && !Agencies.IsKnown(agency))
            {
                errors.Add("agency", UnknownAgency);
            }
        }
        else if (!string.IsNullOrWhiteSpace(r.Agency))
        {
            errors.Add("agency", NotForRole);
        }
        if (withPassword && (string.IsNullOrEmpty(r.Password) || r.Password.Length < ChangePassword.MinLength || r.Password.Length > 200))
        {
            errors.Add("password", PasswordLength);
        }
        return errors.Any ? null : new ValidUser(id ?? "", name!, role!, post, agency);
    }

    public static bool ValidPassword(string? password) =>
        password is { Length: >= ChangePassword.MinLength and <= 200 };

    public static LocalizedText PasswordMessage => PasswordLength;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,49}$")]
    private static partial Regex UsernamePattern();
}
