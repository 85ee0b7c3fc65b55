using System.Security.Cryptography;
using Npgsql;

namespace BorderPost.Testing;

/// <summary>
/// One service's own credentials for a run, as <c>deploy/up.sh</c> grants them: a PostgreSQL role that owns the
/// service's schema and nothing else, and (for services on the bus) a RabbitMQ user with the patterns of
/// <c>deploy/service-access.tsv</c>.
/// </summary>
internal sealed record ServiceAccess(string Service, string Schema, string PostgresRole, string PostgresPassword,
    RabbitPermissions? Rabbit, string RabbitUser, string RabbitPassword)
{
    public string PostgresConnectionString => new NpgsqlConnectionStringBuilder(TestSettings.PostgresAdmin)
    {
        Username = PostgresRole,
        Password = PostgresPassword,
    }.ConnectionString;

    /// <summary>For a test's own connection: not from the pool a PostgreSQL restart in another test left stale.</summary>
    public string UnpooledConnectionString => PostgresConnectionString + ";Pooling=false";

    /// <summary>The grants of every service, read from the file up.sh reads.</summary>
    public static IReadOnlyList<ServiceAccess> ForRun(string runId) =>
        File.ReadLines(Path.Combine(TestSettings.RepositoryRoot, "deploy", "service-access.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new ServiceAccess(f[0], $"{runId}_{f[0]}", $"{runId}_{f[0]}", NewPassword(),
                f[1] == "-" ? null : new RabbitPermissions(f[1], f[2], f[3]), $"{runId}-{f[0]}", NewPassword()))
            .ToList();

    /// <summary>Credentials for a service database of a test's own (no broker user), e.g. a second, empty Identity.</summary>
    public static ServiceAccess Extra(string runId, string name) =>
        new(name, $"{runId}_{name}", $"{runId}_{name}", NewPassword(), null, "", "");

    /// <summary>Creates the role, gives it the schema, and lets the test's own role in (to read and clean up).</summary>
    public async Task CreatePostgresRoleAsync(NpgsqlConnection admin)
    {
        await using var command = new NpgsqlCommand(
            $"create role {PostgresRole} login password '{PostgresPassword}'; " +
            $"grant {PostgresRole} to current_user; " +
            $"create schema {Schema} authorization {PostgresRole};", admin);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DropPostgresRoleAsync(NpgsqlConnection admin)
    {
        await using var command = new NpgsqlCommand(
            $"drop schema if exists {Schema} cascade; drop role if exists {PostgresRole};", admin);
        await command.ExecuteNonQueryAsync();
    }

    private static string NewPassword() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}

internal sealed record RabbitPermissions(string Configure, string Write, string Read);
