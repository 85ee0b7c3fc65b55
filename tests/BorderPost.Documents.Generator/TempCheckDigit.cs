namespace BorderPost.Documents.Generator;

internal static class CheckDigit
{
    public static int Compute(string field)
    {
        int[] weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            var v = c == '<' ? 0 : char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * weights[i % 3];
        }
        return sum % 10;
    }
}
