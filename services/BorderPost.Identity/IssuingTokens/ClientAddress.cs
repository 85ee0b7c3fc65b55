namespace BorderPost.Identity.IssuingTokens;

/// <summary>
/// The client's address as the forwarded-headers middleware resolved it: the gateway (and, for the console, the console)
/// add the address they received the request from; only addresses added by a known proxy (loopback by default) are
/// believed, so a client cannot pass itself off as another by writing the header itself.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
