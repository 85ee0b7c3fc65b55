namespace BorderPost.Documents.Mrz;

/// <summary>
/// Where a document number, its check digit and the optional data after it sit. A number longer than
/// nine characters (TD1, TD2) shows its first nine characters, a filler in the check-digit position, and
/// continues at the start of the optional data up to its check digit: the last character before a filler.
/// </summary>
internal sealed record DocumentNumberLayout(MrzField Field, MrzCheck Check, int OptionalStart, int OptionalLength)
{
    private const int PrincipalLength = 9;

    public static DocumentNumberLayout Plain(int line, int start, int optionalStart = 28, int optionalLength = 0)
    {
        var field = new MrzField(MrzFieldNames.DocumentNumber, MrzCharKind.Alphanumeric, line, start, PrincipalLength);
        var check = new MrzCheck(MrzFieldNames.DocumentNumber, field.Spans, new MrzSpan(line, start + PrincipalLength, 1));
        return new DocumentNumberLayout(field, check, optionalStart, optionalLength);
    }

    public static DocumentNumberLayout Find(IReadOnlyList<string> lines, int line, int start, int optionalStart, int optionalLength)
    {
        var text = line < lines.Count ? lines[line] : string.Empty;
        var checkPosition = start + PrincipalLength;
        var run = 0;
        while (run < optionalLength && optionalStart + run < text.Length && text[optionalStart + run] != MrzAlphabet.Filler)
        {
            run++;
        }

        var isLong = checkPosition < text.Length && text[checkPosition] == MrzAlphabet.Filler && run > 0;
        if (!isLong)
        {
            return Plain(line, start, optionalStart, optionalLength);
        }

        MrzSpan[] spans = [new(line, start, PrincipalLength), new(line, optionalStart, run - 1)];
        var field = new MrzField(MrzFieldNames.DocumentNumber, MrzCharKind.Alphanumeric, spans);
        var check = new MrzCheck(MrzFieldNames.DocumentNumber, spans, new MrzSpan(line, optionalStart + run - 1, 1));
        return new DocumentNumberLayout(field, check, optionalStart + run, optionalLength - run);
    }
}
