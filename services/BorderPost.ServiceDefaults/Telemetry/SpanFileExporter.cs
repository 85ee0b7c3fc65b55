using System.Diagnostics;
using System.Text.Json;
using OpenTelemetry;

namespace BorderPost.ServiceDefaults.Telemetry;

/// <summary>
/// Writes each finished span as one JSON line (service, name, trace, parent, start, milliseconds) to a file of the
/// process's own, for deploy/bench-traces.sh to read where a request's time goes on a machine without a collector.
/// </summary>
public sealed class SpanFileExporter : BaseExporter<Activity>
{
    private readonly string _service;
    private readonly StreamWriter _writer;

    public SpanFileExporter(string directory, string service)
    {
        _service = service;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{service}-{Environment.ProcessId}.jsonl");
        _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = false };
    }

    public override ExportResult Export(in Batch<Activity> batch)
    {
        foreach (var span in batch)
        {
            _writer.WriteLine(JsonSerializer.Serialize(new
            {
                service = _service,
                name = span.DisplayName,
                kind = span.Kind.ToString(),
                trace = span.TraceId.ToHexString(),
                span = span.SpanId.ToHexString(),
                parent = span.ParentSpanId == default ? null : span.ParentSpanId.ToHexString(),
                start = span.StartTimeUtc,
                ms = Math.Round(span.Duration.TotalMilliseconds, 3),
            }));
        }
        _writer.Flush();
        return ExportResult.Success;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
        }
        base.Dispose(disposing);
    }
}
