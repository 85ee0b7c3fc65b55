namespace BorderPost.FaultSuite;

/// <summary>
/// Which instance of a service holds its projection daemon's lock (Marten's HotCold: a session-level advisory lock of
/// the service's PostgreSQL role): the application names of the sessions holding one, <c>first</c> for an instance
/// started without one; empty while nobody holds it.
/// </summary>
internal static class DaemonLeader
{
    public static Task<string> HolderAsync(ProcessImage service)
    {
        var (role, database) = (service.Postgres("Username"), service.Postgres("Database"));
        var query = "SELECT coalesce(string_agg(DISTINCT coalesce(nullif(a.application_name, ''), 'first'), ','), '') "
            + "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            + $"WHERE l.locktype = 'advisory' AND l.granted AND a.usename = '{role}' AND a.datname = '{database}'";
        return Shell.RunAsync($"runuser -u postgres -- psql -tAc \"{query}\"", privileged: true);
    }

    /// <summary>Waits until exactly one instance holds the lock (<paramref name="expected"/>, if named), and says which.</summary>
    public static async Task<string?> WaitAsync(ProcessImage service, TimeSpan timeout, string? expected = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var holder = await HolderAsync(service);
            if (holder.Length > 0 && !holder.Contains(',', StringComparison.Ordinal) && (expected is null || holder == expected))
            {
                return holder;
            }
            await Task.Delay(250);
        }
        return null;
    }
}
