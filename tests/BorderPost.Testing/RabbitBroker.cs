namespace BorderPost.Testing;

/// <summary>Stops and starts the real RabbitMQ node (the application, not the Erlang VM) with rabbitmqctl.</summary>
internal static class RabbitBroker
{
    public static Task StopAsync() => PrivilegedCommand.RunAsync("rabbitmqctl", "-q", "stop_app");

    public static async Task StartAsync()
    {
        await PrivilegedCommand.RunAsync("rabbitmqctl", "-q", "start_app");
        await PrivilegedCommand.RunAsync("rabbitmqctl", "-q", "await_startup");
    }
}
