using System.Net;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using BorderPost.Testing;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace BorderPost.EndToEnd.Tests;

/// <summary>
/// Each service runs with credentials of its own (deploy/service-access.tsv): another service's schema, queues and
/// the management UI are closed to it, and the broker's well-known accounts and ports are not there to take.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class LeastPrivilegeTests(BorderPostStack stack)
{
    [Theory]
    [InlineData("crossings", "protection")]
    [InlineData("reporting", "protection")]
    [InlineData("documents", "identity")]
    [InlineData("protection", "arrests")]
    public async Task A_services_database_role_is_refused_on_another_services_schema(string service, string other)
    {
        await using var connection = new NpgsqlConnection(stack.Access(service).UnpooledConnectionString);
        await connection.OpenAsync();

        var own = await CountEventsAsync(connection, stack.Access(service).Schema);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => CountEventsAsync(connection, stack.Access(other).Schema));

        Assert.True(own >= 0);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task A_services_database_role_cannot_create_a_schema_of_its_own()
    {
        await using var connection = new NpgsqlConnection(stack.Access("reporting").UnpooledConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("create schema reporting_copy_of_victims", connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task A_services_broker_user_cannot_read_another_services_queue()
    {
        var crossings = stack.Access("crossings");
        await using var connection = await Factory(crossings.RabbitUser, crossings.RabbitPassword, stack.VirtualHost).CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();

        var refused = await Assert.ThrowsAsync<OperationInterruptedException>(
            () => channel.BasicGetAsync("protection-persons-found", autoAck: false));

        Assert.Equal((ushort)403, refused.ShutdownReason!.ReplyCode);
    }

    [Theory]
    [InlineData("BorderPost.Contracts.Protection:MinorCheckedAtPost")]
    [InlineData("BorderPost.Contracts.Protection:ReferralMadeAtPost")]
    [InlineData("BorderPost.Contracts.Protection:TravelAuthorisationChanged")]
    public async Task Reporting_cannot_bind_to_what_names_a_child_between_protection_nodes(string exchange)
    {
        // What a post's Protection sends up and headquarters' sends down names children: Protection's own, not for counting.
        var reporting = stack.Access("reporting");
        await using var connection = await Factory(reporting.RabbitUser, reporting.RabbitPassword, stack.VirtualHost).CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync("reporting-eavesdrop", durable: false, exclusive: true, autoDelete: true);

        var refused = await Assert.ThrowsAsync<OperationInterruptedException>(() => channel.QueueBindAsync("reporting-eavesdrop", exchange, ""));

        Assert.Equal((ushort)403, refused.ShutdownReason!.ReplyCode);
    }

    [Fact]
    public async Task Service_users_have_no_management_ui_and_guest_is_gone()
    {
        var crossings = stack.Access("crossings");
        using var http = new HttpClient { BaseAddress = new Uri(TestSettings.RabbitManagement) };

        Assert.Equal(HttpStatusCode.Unauthorized, await WhoAmIAsync(http, crossings.RabbitUser, crossings.RabbitPassword));
        Assert.Equal(HttpStatusCode.Unauthorized, await WhoAmIAsync(http, "guest", "guest"));
        await Assert.ThrowsAnyAsync<BrokerUnreachableException>(() => Factory("guest", "guest", "/").CreateConnectionAsync());
    }

    [Fact]
    public async Task The_erlang_distribution_port_is_closed_on_every_interface_but_loopback()
    {
        var addresses = NetworkInterface.GetAllNetworkInterfaces()
            .Where(i => i.OperationalStatus == OperationalStatus.Up && i.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .ToList();

        foreach (var address in addresses)
        {
            using var client = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address, 25672));
        }
    }

    private static async Task<long> CountEventsAsync(NpgsqlConnection connection, string schema)
    {
        await using var command = new NpgsqlCommand($"select count(*) from {schema}.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static ConnectionFactory Factory(string user, string password, string virtualHost) => new()
    {
        HostName = TestSettings.RabbitHost,
        Port = TestSettings.RabbitPort,
        VirtualHost = virtualHost,
        UserName = user,
        Password = password,
        AutomaticRecoveryEnabled = false,
    };

    private static async Task<HttpStatusCode> WhoAmIAsync(HttpClient http, string user, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/whoami");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
