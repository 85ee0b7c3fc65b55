namespace BorderPost.Web.Pages.Admin;

/// <summary>A user as the admin types it.</summary>
public sealed class UserForm
{
    public string? Username { get; set; }
    public string? DisplayName { get; set; }
    public string Role { get; set; } = "officer";
    public string? Post { get; set; }
    public string? Agency { get; set; }
    public string? Password { get; set; }

    public object ToRequest() => new
    {
        username = Username,
        displayName = DisplayName,
        role = Role,
        post = Role is "officer" or "supervisor" ? Post : null,
        agency = Role == "protection" ? Agency : null,
        password = Password,
    };
}
