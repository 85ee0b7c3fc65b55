using System.Globalization;
using Microsoft.Extensions.Logging;

namespace BorderPost.ServiceDefaults;

/// <summary>
/// A CPU bulkhead between the services of one machine. <c>Cpu:Nice</c> (1 to 19) lowers this process's share of the
/// cores while they are busy and costs nothing while they are not. Linux schedules each session as one group (an
/// autogroup; up.sh starts every service with setsid) and weighs the groups by their nice value. up.sh gives Crossings
/// 5: a burst of crossings then yields the cores to an arrest written beside it (docs/capacity.md). In a container the
/// cgroup's CPU weight does the same (<c>cpu_shares</c> in docker-compose.yml).
/// </summary>
public static class CpuPriority
{
    public const string SettingName = "Cpu:Nice";
    public const string AutogroupFile = "/proc/self/autogroup";

    /// <summary>Writes <paramref name="nice"/> to the process's autogroup file; false when there is nothing to do or it cannot.</summary>
    public static bool Apply(int nice, string autogroupFile, ILogger logger)
    {
        if (nice <= 0)
        {
            return false;
        }
        var value = Math.Min(nice, 19);
        try
        {
            File.WriteAllText(autogroupFile, value.ToString(CultureInfo.InvariantCulture));
            logger.LogInformation("CPU priority: this service's group runs at nice {Nice}", value);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "CPU priority: could not set nice {Nice} in {File}; running at the default priority", value, autogroupFile);
            return false;
        }
    }
}
