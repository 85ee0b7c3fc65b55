namespace BorderPost.ServiceDefaults.Messaging;

/// <summary>Parses <c>amqp://user:password@host:port/vhost</c> into what MassTransit's host configuration takes.</summary>
public sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static RabbitMqAddress Parse(string connectionString)
    {
        var uri = new Uri(connectionString);
        if (uri.Scheme is not ("amqp" or "rabbitmq"))
        {
            throw new InvalidOperationException("ConnectionStrings:RabbitMq must be an amqp:// URI.");
        }
        var user = uri.UserInfo.Split(':', 2);
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new RabbitMqAddress(
            uri.Host,
            (ushort)(uri.IsDefaultPort || uri.Port < 0 ? 5672 : uri.Port),
            string.IsNullOrEmpty(vhost) ? "/" : vhost,
            Uri.UnescapeDataString(user[0]),
            user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "");
    }
}
