namespace BorderPost.Documents.Mrz;

/// <summary>Mutable copy of the lines being repaired, recording every change.</summary>
internal sealed class MrzRepairBuffer(IReadOnlyList<string> lines)
{
    private readonly char[][] chars = [.. lines.Select(line => line.ToCharArray())];
    private readonly Dictionary<(int Line, int Position), MrzRepair> repairs = [];

    public char At(int line, int position) =>
        line >= 0 && line < chars.Length && position >= 0 && position < chars[line].Length ? chars[line][position] : '\0';

    public void Set(int line, int position, char to)
    {
        var from = At(line, position);
        if (from == '\0' || from == to)
        {
            return;
        }

        var original = repairs.TryGetValue((line, position), out var earlier) ? earlier.From : from;
        chars[line][position] = to;
        repairs[(line, position)] = new MrzRepair(line + 1, position + 1, original, to);
    }

    public IReadOnlyList<string> ToLines() => [.. chars.Select(line => new string(line))];

    public IReadOnlyList<MrzRepair> Repairs =>
        [.. repairs.Values.Where(r => r.From != r.To).OrderBy(r => r.Line).ThenBy(r => r.Position)];
}
