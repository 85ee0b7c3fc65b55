namespace BorderPost.Documents.Mrz;

/// <summary>What a position of the MRZ may hold, by the field it belongs to.</summary>
public enum MrzPositionKind
{
    /// <summary>Any MRZ character (document numbers, optional data, fillers).</summary>
    Any,

    /// <summary>A letter or the filler (document code, country codes, names).</summary>
    Letter,

    /// <summary>A digit (dates, check digits).</summary>
    Digit,
}

/// <summary>The kind of every position of an MRZ, from the format its line count and lengths show.</summary>
public static class MrzPositionKinds
{
    /// <summary>
    /// One array per line, or null when <paramref name="lines"/> are no known format. OCR can use it to choose, at a
    /// position it read ambiguously, between characters of the right kind.
    /// </summary>
    public static IReadOnlyList<MrzPositionKind[]>? For(IReadOnlyList<string>? lines)
    {
        var normalised = MrzLineNormalizer.FromLines(lines ?? []);
        if (MrzFormatDetector.Detect(normalised) is not { } format)
        {
            return null;
        }
        var layout = MrzLayouts.Create(format, normalised);
        var kinds = normalised.Select(line => new MrzPositionKind[line.Length]).ToList();
        foreach (var field in layout.Fields)
        {
            var kind = field.Kind switch
            {
                MrzCharKind.Letters => MrzPositionKind.Letter,
                MrzCharKind.Digits => MrzPositionKind.Digit,
                _ => MrzPositionKind.Any,
            };
            foreach (var span in field.Spans)
            {
                for (var position = span.Start; position < span.Start + span.Length && position < kinds[span.Line].Length; position++)
                {
                    kinds[span.Line][position] = kind;
                }
            }
        }
        foreach (var check in layout.Checks)
        {
            if (check.Digit.Start < kinds[check.Digit.Line].Length)
            {
                kinds[check.Digit.Line][check.Digit.Start] = MrzPositionKind.Digit;
            }
        }
        return kinds;
    }
}
