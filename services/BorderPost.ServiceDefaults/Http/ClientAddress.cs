using Microsoft.AspNetCore.Http;

namespace BorderPost.ServiceDefaults.Http;

/// <summary>
/// The client's address as the forwarded-headers middleware resolved it (<see cref="HostingDefaults"/>): the console
/// forwards the browser's, the gateway the address it received the request from, and only entries added by a known
/// proxy (loopback unless configured) are believed, so a client cannot pass itself off as another by writing the
/// header itself.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
