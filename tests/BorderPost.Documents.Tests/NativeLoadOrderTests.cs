using System.Diagnostics;

namespace BorderPost.Documents.Tests;

/// <summary>
/// OpenCV's native library carries its own libpng; loaded before libtesseract it made Tesseract crash (double free).
/// Each order runs in a process of its own (tests/BorderPost.Documents.LoadOrder), reading a sample end to end.
/// </summary>
public sealed class NativeLoadOrderTests
{
    [Theory]
    [InlineData("opencv-first")]
    [InlineData("tesseract-first")]
    public async Task Ocr_and_opencv_work_in_one_process_whichever_loads_first(string order)
    {
        var sample = Sample.All.First(s => !s.Degraded && s.Verdict == "clear");
        var start = new ProcessStartInfo("dotnet", [HelperPath(), order, sample.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await errors}");
        Assert.Contains(sample.Mrz!.Split('\n')[1], await output, StringComparison.Ordinal);
    }

    // The helper is built with the solution, in the same configuration as this test assembly.
    private static string HelperPath()
    {
        var here = AppContext.BaseDirectory; // …/tests/BorderPost.Documents.Tests/bin/<Configuration>/net10.0/
        var framework = new DirectoryInfo(here).Name;
        var configuration = new DirectoryInfo(here).Parent!.Name;
        var tests = new DirectoryInfo(here).Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(tests, "BorderPost.Documents.LoadOrder", "bin", configuration, framework, "BorderPost.Documents.LoadOrder.dll");
        Assert.True(File.Exists(path), $"build the solution first: {path} is missing");
        return path;
    }
}
