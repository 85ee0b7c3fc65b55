using BorderPost.Contracts.Reference;
using System.Text.RegularExpressions;
using BorderPost.Identity.IssuingTokens;

namespace BorderPost.Identity.ManagingUsers;

/// <summary>A user as the admin sends it: the role decides whether a post or an agency is required.</summary>
public sealed record ValidUser(string Id, string DisplayName, string Role, string? Post, string? Agency);

public static partial class UserValidation
{
    private static readonly LocalizedText UsernameFormat = Texts.Get("UserValidation.UsernameFormat");

    private static readonly LocalizedText UnknownAgency = Texts.Get("UserValidation.UnknownAgency");

    private static readonly LocalizedText PasswordLength = Texts.Get("UserValidation.PasswordLength", ChangePassword.MinLength);

    private static readonly LocalizedText NotForRole = Texts.Get("UserValidation.NotForRole");

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
