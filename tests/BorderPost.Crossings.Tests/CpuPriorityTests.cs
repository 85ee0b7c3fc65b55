using BorderPost.ServiceDefaults;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderPost.Crossings.Tests;

/// <summary>
/// The CPU bulkhead's one act: the nice value written to the process's autogroup file (here a file of the test's own,
/// so that the test runner's priority is not touched). <c>./deploy/faults.sh</c> reports the running Crossings' value.
/// </summary>
public sealed class CpuPriorityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("autogroup-").FullName;

    [Theory]
    [InlineData(5, "5")]
    [InlineData(40, "19")]
    public void A_nice_value_is_written_to_the_autogroup_file_within_linuxs_range(int nice, string written)
    {
        var file = Path.Combine(_folder, "autogroup");

        Assert.True(CpuPriority.Apply(nice, file, NullLogger.Instance));
        Assert.Equal(written, File.ReadAllText(file));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Without_a_positive_value_nothing_is_written_and_no_process_is_given_more_than_its_share(int nice)
    {
        var file = Path.Combine(_folder, "autogroup");

        Assert.False(CpuPriority.Apply(nice, file, NullLogger.Instance));
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void Where_the_file_cannot_be_written_the_service_starts_at_the_default_priority()
    {
        Assert.False(CpuPriority.Apply(5, Path.Combine(_folder, "missing", "autogroup"), NullLogger.Instance));
    }

    [Fact]
    public void Up_gives_crossings_a_lower_cpu_priority_at_headquarters_and_at_each_post()
    {
        var up = File.ReadAllLines(Path.Combine(BorderPost.Testing.TestSettings.RepositoryRoot, "deploy", "up.sh"));

        Assert.Equal(2, up.Count(l => l.TrimStart().StartsWith("start Crossings ", StringComparison.Ordinal)
            && l.Contains("Cpu__Nice=\"${BORDERPOST_CROSSINGS_NICE:-5}\"", StringComparison.Ordinal)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
