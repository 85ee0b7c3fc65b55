using System.Diagnostics;

namespace BorderPost.FaultSuite;

/// <summary>How long until headquarters counts every write the posts had accepted when the wait began.</summary>
internal static class Convergence
{
    /// <summary>Counted from <paramref name="since"/> (a fault's end), else from the wait's start.</summary>
    public static async Task<TimeSpan?> WaitAsync(HqCounts counts, IReadOnlyList<PostLoad> loads,
        Dictionary<string, Dictionary<string, int>> baseline, Stopwatch clock, TimeSpan timeout, TimeSpan? since = null)
    {
        var started = clock.Elapsed;
        var from = since ?? started;
        var targets = new Dictionary<string, (int Crossings, int Arrests)>();
        foreach (var load in loads)
        {
            var accepted = load.Writes.Where(w => w.Accepted).ToList();
            targets[load.Post] = (accepted.Count(w => w.Kind == "crossing"), accepted.Count(w => w.Kind == "arrest"));
        }
        while (clock.Elapsed - started < timeout)
        {
            var done = true;
            foreach (var load in loads)
            {
                var now = await counts.OfAsync(load.Post);
                var (crossings, arrests) = targets[load.Post];
                done &= now["crossing"] - baseline[load.Post]["crossing"] >= crossings
                    && now["arrest"] - baseline[load.Post]["arrest"] >= arrests
                    && now["referral"] - baseline[load.Post]["referral"] >= arrests;
            }
            if (done)
            {
                return clock.Elapsed - from;
            }
            await Task.Delay(250);
        }
        return null;
    }
}
