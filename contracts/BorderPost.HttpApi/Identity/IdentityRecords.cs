using System.Text.Json.Serialization;

namespace BorderPost.HttpApi.Identity;

/// <summary>Signing in: a user name and a password.</summary>
public sealed record TokenRequest(string? Username, string? Password);

/// <summary>A signed token for the services, valid <see cref="ExpiresIn"/> seconds (OAuth's names on the wire).</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("token_type")] string TokenType);

/// <summary>The signed-in user changes their own password.</summary>
public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);

/// <summary>Who the token says the caller is.</summary>
public sealed record WhoAmIResponse(string Username, string? Name, string? Role, string? Post, string? Agency);

/// <summary>An account as the admin creates or changes it; the password only on creation.</summary>
public sealed record UserRequest(string? Username, string? DisplayName, string? Role, string? Post, string? Agency, string? Password);

/// <summary>The admin sets a new password, which its owner must change at the next sign-in.</summary>
public sealed record PasswordResetRequest(string? Password);

/// <summary>An account as the admin sees it; never a password.</summary>
public sealed record UserView(string Username, string DisplayName, string Role, string? Post, string? Agency, bool Disabled);

/// <summary>
/// An account a post node keeps, so that it signs in there while the link to headquarters is down: as headquarters last
/// confirmed it, and until when it may sign in alone. Never a password or its hash.
/// </summary>
public sealed record PostAccountView(string Username, string DisplayName, string Role, DateTimeOffset ConfirmedAt, DateTimeOffset UsableAloneUntil);
