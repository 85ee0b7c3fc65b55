using System.Text;

namespace BorderPost.Documents.Mrz;

/// <summary>A data element of a layout; more than one span when a long document number overflows.</summary>
internal sealed record MrzField(string Name, MrzCharKind Kind, IReadOnlyList<MrzSpan> Spans)
{
    public MrzField(string name, MrzCharKind kind, int line, int start, int length)
        : this(name, kind, [new MrzSpan(line, start, length)])
    {
    }

    public string Read(IReadOnlyList<string> lines) => ReadSpans(Spans, lines);

    public bool Contains(int line, int position) => Spans.Any(span => span.Contains(line, position));

    public static string ReadSpans(IReadOnlyList<MrzSpan> spans, IReadOnlyList<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var span in spans)
        {
            span.AppendTo(builder, lines);
        }

        return builder.ToString();
    }
}
