using System.Text;

namespace BorderPost.Documents.Mrz;

/// <summary>A run of characters on one MRZ line (0-based line and start).</summary>
internal readonly record struct MrzSpan(int Line, int Start, int Length)
{
    public bool Contains(int line, int position) =>
        line == Line && position >= Start && position < Start + Length;

    /// <summary>Appends the span's characters; any part outside the lines is skipped, never thrown on.</summary>
    public void AppendTo(StringBuilder builder, IReadOnlyList<string> lines)
    {
        if (Line < 0 || Line >= lines.Count)
        {
            return;
        }

        var text = lines[Line];
        var start = Math.Clamp(Start, 0, text.Length);
        var end = Math.Clamp(Start + Length, start, text.Length);
        builder.Append(text, start, end - start);
    }

    public string Read(IReadOnlyList<string> lines)
    {
        var builder = new StringBuilder(Length);
        AppendTo(builder, lines);
        return builder.ToString();
    }

    /// <summary>The character at the span's first position, or '\0' when it lies outside the lines.</summary>
    public char FirstChar(IReadOnlyList<string> lines) =>
        Line >= 0 && Line < lines.Count && Start >= 0 && Start < lines[Line].Length ? lines[Line][Start] : '\0';
}
