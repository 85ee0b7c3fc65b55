using BorderPost.HttpApi.Identity;

namespace BorderPost.Web.Pages.Admin;

/// <summary>A user as the admin types it.</summary>
public sealed class UserForm
{
    public string? Username { get; set; }
    public string? DisplayName { get; set; }
    public string Role { get; set; } = Roles.Officer;
    public string? Post { get; set; }
    public string? Agency { get; set; }
    public string? Password { get; set; }

    public UserRequest ToRequest() => new(
        Username,
        DisplayName,
        Role,
        Role is Roles.Officer or Roles.Supervisor ? Post : null,
        Role == Roles.Protection ? Agency : null,
        Password);
}
