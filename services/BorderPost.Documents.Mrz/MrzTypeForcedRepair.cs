namespace BorderPost.Documents.Mrz;

/// <summary>
/// Fixes confusions that the field type alone decides: a confusable letter where only digits are allowed
/// (dates, check digits) becomes its digit; a confusable digit where only letters are allowed (document
/// code, country codes, names) becomes its letter. Any other character is left alone.
/// </summary>
internal static class MrzTypeForcedRepair
{
    public static void Apply(MrzLayout layout, MrzRepairBuffer buffer)
    {
        foreach (var field in layout.Fields)
        {
            Func<char, char?>? map = field.Kind switch
            {
                MrzCharKind.Letters => OcrConfusions.DigitToLetter,
                MrzCharKind.Digits => OcrConfusions.LetterToDigit,
                _ => null,
            };
            if (map is null)
            {
                continue;
            }

            foreach (var span in field.Spans)
            {
                for (var position = span.Start; position < span.Start + span.Length; position++)
                {
                    MapAt(buffer, span.Line, position, map);
                }
            }
        }

        foreach (var check in layout.Checks)
        {
            MapAt(buffer, check.Digit.Line, check.Digit.Start, OcrConfusions.LetterToDigit);
        }
    }

    private static void MapAt(MrzRepairBuffer buffer, int line, int position, Func<char, char?> map)
    {
        var replacement = map(buffer.At(line, position));
        if (replacement is { } to)
        {
            buffer.Set(line, position, to);
        }
    }
}
