using System.Text.Json;

namespace BorderPost.Documents.Tests;

/// <summary>One committed sample picture and what it shows.</summary>
public sealed record Sample(string File, string? Mrz, string Verdict, bool Degraded)
{
    public static readonly DateOnly CheckDate = new(2026, 11, 23);

    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "Samples");

    public static IReadOnlyList<Sample> All { get; } = Load();

    public string Path => System.IO.Path.Combine(Folder, File);

    public byte[] Bytes() => System.IO.File.ReadAllBytes(Path);

    public override string ToString() => File;

    private static List<Sample> Load()
    {
        using var labels = JsonDocument.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(Folder, "labels.json")));
        return [.. labels.RootElement.EnumerateArray().Select(e => new Sample(
            e.GetProperty("file").GetString()!,
            e.GetProperty("mrz").GetString(),
            e.GetProperty("verdict").GetString()!,
            e.GetProperty("degraded").GetBoolean()))];
    }
}
