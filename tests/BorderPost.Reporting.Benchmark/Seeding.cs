using System.Diagnostics;
using BorderPost.Reporting.Counting;
using Marten;

namespace BorderPost.Reporting.Benchmark;

/// <summary>Writes a history into Reporting's store, each message a stream as the counting consumers write it.</summary>
public static class Seeding
{
    public sealed record Written(long Messages, long Events, TimeSpan Took);

    public static async Task<Written> SeedAsync(IDocumentStore store, History history, int batch = 2000)
    {
        var clock = Stopwatch.StartNew();
        long messages = 0, events = 0;
        var pending = new List<(Guid EventId, CountChanged[] Changes)>(batch);
        foreach (var message in history.Messages())
        {
            pending.Add(message);
            if (pending.Count == batch)
            {
                events += await WriteAsync(store, pending);
                messages += pending.Count;
                pending.Clear();
                if (messages % 100_000 < batch)
                {
                    Console.Error.WriteLine($"  {messages:N0} messages written ({messages / clock.Elapsed.TotalSeconds:N0}/s)");
                }
            }
        }
        events += await WriteAsync(store, pending);
        messages += pending.Count;
        return new(messages, events, clock.Elapsed);
    }

    private static async Task<long> WriteAsync(IDocumentStore store, List<(Guid EventId, CountChanged[] Changes)> messages)
    {
        await using var session = store.LightweightSession();
        long events = 0;
        foreach (var (id, changes) in messages)
        {
            session.Events.StartStream(id, [new MessageCounted(id), .. changes]);
            events += 1 + changes.Length;
        }
        await session.SaveChangesAsync();
        return events;
    }
}
