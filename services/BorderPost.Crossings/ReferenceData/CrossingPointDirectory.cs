using System.Text.Json;
using BorderPost.ServiceDefaults;

namespace BorderPost.Crossings.ReferenceData;

/// <summary>
/// The registered crossing points, seeded into Marten from <c>crossing-points.json</c> at start-up and held in memory
/// for validation. The admin adds unofficial points (<see cref="AddAsync"/>); another instance sees them after a restart.
/// </summary>
public sealed class CrossingPointDirectory(IDocumentStore store, ILogger<CrossingPointDirectory> logger) : IHostedService
{
    private volatile IReadOnlyDictionary<string, CrossingPoint> _points = new Dictionary<string, CrossingPoint>();

    public CrossingPoint? Find(string? id) =>
        id is not null && _points.TryGetValue(id, out var point) ? point : null;

    /// <summary>A post's points, the official post first, then by name.</summary>
    public IReadOnlyList<CrossingPoint> Of(string? postCode) =>
        _points.Values.Where(p => string.Equals(p.PostCode, postCode, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyList<CrossingPoint> All =>
        _points.Values.OrderBy(p => p.PostCode, StringComparer.Ordinal).ThenBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>Stores a new point and makes it known at once; false when its id is taken.</summary>
    public async Task<bool> AddAsync(CrossingPoint point, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Insert(point);
        if (!await session.SaveUnlessExistsAsync(ct))
        {
            return false;
        }
        _points = new Dictionary<string, CrossingPoint>(_points, StringComparer.Ordinal) { [point.Id] = point };
        return true;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var session = store.LightweightSession())
        {
            session.Store(LoadSeed().ToArray());
            await session.SaveChangesAsync(cancellationToken);
        }
        await using var query = store.QuerySession();
        var points = await query.Query<CrossingPoint>().ToListAsync(cancellationToken);
        _points = points.ToDictionary(p => p.Id, StringComparer.Ordinal);
        logger.LogInformation("Loaded {Count} crossing points", points.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static IReadOnlyList<CrossingPoint> LoadSeed()
    {
        using var stream = typeof(CrossingPointDirectory).Assembly
            .GetManifestResourceStream("BorderPost.Crossings.ReferenceData.crossing-points.json")
            ?? throw new InvalidOperationException("crossing-points.json is not embedded");
        var options = new JsonSerializerOptions();
        HostingDefaults.ConfigureJson(options);
        return JsonSerializer.Deserialize<List<CrossingPoint>>(stream, options) ?? [];
    }
}
