using BorderPost.Documents.Reading.Ocr;
using OpenCvSharp;

namespace BorderPost.Documents.Reading.VisualZone;

/// <summary>A printed field the MRZ contradicts: what the MRZ says, what is printed, where, and how sure the OCR was.</summary>
public sealed record PrintedMismatch(string Field, string Mrz, string Printed, Rect Box, double Confidence);

/// <summary>
/// Compares the visual zone's printed fields with the MRZ. A field is found by its label (French, English, Spanish:
/// "Nom / Surname", "Date de naissance"…) and read from the line under it or after it. A mismatch is reported only when
/// it is certain enough to accuse: the printed value was read with at least <see cref="MinimumConfidence"/>, the MRZ's
/// value appears nowhere in the visual zone (a label matched to the wrong line would otherwise accuse), the value is
/// shaped like the field, and two other fields of the same document agree with the MRZ (so the zone read is this
/// document's). Pure, so it is unit-tested.
/// </summary>
public static class PrintedFields
{
    public const double MinimumConfidence = 80;

    /// <summary>Other fields that must agree with the MRZ before a disagreeing one is believed: the zone read is this document's.</summary>
    public const int AgreeingFields = 2;

    private static readonly (string Field, string[] Labels, string[] NotLabels)[] Fields =
    [
        (MrzFieldNames.Surname, ["NOM", "SURNAME", "APELLIDOS", "APELLIDO", "NAME"],
            ["PRENOM", "PRENOMS", "GIVEN", "NOMBRES", "NOMBRE", "VORNAMEN", "PARENTS", "PERE", "MERE", "FATHER", "MOTHER", "BIRTH", "NAISSANCE"]),
        (MrzFieldNames.GivenNames, ["PRENOMS", "PRENOM", "GIVEN", "NOMBRES", "NOMBRE", "VORNAMEN"], ["PARENTS", "PARENT", "PERE", "MERE", "FATHER", "MOTHER", "PADRE", "MADRE"]),
        (MrzFieldNames.BirthDate, ["NAISSANCE", "BIRTH", "NACIMIENTO", "GEBURTSTAG"], ["LIEU", "PLACE", "LUGAR"]),
        (MrzFieldNames.ExpiryDate, ["EXPIRATION", "EXPIRY", "VENCIMIENTO", "EXPIRACION", "GULTIG"], []),
        (MrzFieldNames.DocumentNumber, ["DOCUMENT NO", "PASSPORT NO", "PASSEPORT NO", "DU DOCUMENT", "DU PASSEPORT", "PASAPORTE NO", "NUMERO"], []),
    ];

    /// <summary>The printed fields that contradict the MRZ (boxes in the words' image).</summary>
    public static IReadOnlyList<PrintedMismatch> Compare(IReadOnlyList<OcrWord> words, MrzFields mrz)
    {
        var lines = Lines(words);
        var zone = string.Join(' ', lines.Select(l => l.Text));
        var agreeing = 0;
        var mismatches = new List<PrintedMismatch>();
        foreach (var (field, labels, notLabels) in Fields)
        {
            var expected = Expected(field, mrz);
            if (expected is null || Value(lines, labels, notLabels) is not { } value)
            {
                continue;
            }
            if (Agrees(field, expected, value.Text, mrz))
            {
                agreeing++;
            }
            else if (value.Confidence >= MinimumConfidence && Shaped(field, expected, value.Text, mrz) && !Appears(field, expected, zone, mrz))
            {
                mismatches.Add(new PrintedMismatch(field, expected, value.Text, value.Box, Math.Round(value.Confidence, 1)));
            }
        }
        return agreeing >= AgreeingFields ? mismatches : [];
    }

    // A value shaped like the field (a date, a number of about the MRZ's length, a name without digits): anything else
    // is the wrong line under the label, not a contradiction.
    private static bool Shaped(string field, string expected, string printed, MrzFields mrz) => field switch
    {
        MrzFieldNames.BirthDate or MrzFieldNames.ExpiryDate =>
            PrintedText.Dates(printed, DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Count == 1,
        // A visa prints the passport's number as well as its own: the number is compared on other documents only.
        MrzFieldNames.DocumentNumber => !mrz.DocumentType.StartsWith('V') && PrintedText.Normalise(printed).Split(' ') is [var token]
            && token.Any(char.IsAsciiDigit) && Math.Abs(token.Length - expected.Length) <= 1,
        _ => !printed.Any(char.IsDigit) && PrintedText.Letters(printed).Length >= 2,
    };

    private sealed record Line(string Text, Rect Box, double Confidence, IReadOnlyList<OcrWord> Words);

    // Words grouped into lines: a word joins the line whose vertical middle band it overlaps.
    private static List<Line> Lines(IReadOnlyList<OcrWord> words)
    {
        var groups = new List<List<OcrWord>>();
        foreach (var word in words.Where(w => w.Box.Height > 0).OrderBy(w => w.Box.Y + w.Box.Height / 2))
        {
            var middle = word.Box.Y + word.Box.Height / 2;
            var line = groups.LastOrDefault(g => g.Any(o => middle > o.Box.Y && middle < o.Box.Bottom && Math.Abs(o.Box.Height - word.Box.Height) < Math.Max(o.Box.Height, word.Box.Height) * 0.6));
            if (line is null)
            {
                groups.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }
        return [.. groups.Select(g => g.OrderBy(w => w.Box.X).ToList()).Select(g => new Line(
            string.Join(' ', g.Select(w => w.Text)),
            g.Select(w => w.Box).Aggregate((a, b) => a | b),
            g.Average(w => w.Confidence),
            g))];
    }

    // The value under a label (or after it on the same line): the nearest line below that starts within the label's
    // horizontal span and is not itself a label.
    private static Line? Value(List<Line> lines, string[] labels, string[] notLabels)
    {
        foreach (var label in lines)
        {
            var text = " " + PrintedText.Normalise(label.Text) + " ";
            if (!labels.Any(l => text.Contains($" {l} ", StringComparison.Ordinal)) || notLabels.Any(l => text.Contains($" {l} ", StringComparison.Ordinal)))
            {
                continue;
            }
            var below = lines
                .Where(l => l != label && l.Box.Y >= label.Box.Y + label.Box.Height / 2 && l.Box.Y - label.Box.Bottom < label.Box.Height * 2.5
                    && l.Box.X < label.Box.Right && l.Box.Right > label.Box.X - label.Box.Height)
                .OrderBy(l => l.Box.Y)
                .FirstOrDefault();
            if (below is not null && !IsLabel(below))
            {
                return below;
            }
        }
        return null;
    }

    private static bool IsLabel(Line line)
    {
        var text = " " + PrintedText.Normalise(line.Text) + " ";
        return Fields.SelectMany(f => f.Labels).Any(l => text.Contains($" {l} ", StringComparison.Ordinal)) || text.Contains(" DATE ", StringComparison.Ordinal);
    }

    private static string? Expected(string field, MrzFields mrz) => field switch
    {
        MrzFieldNames.Surname => mrz.Surname.Trim() is { Length: > 1 } s ? s : null,
        MrzFieldNames.GivenNames => mrz.GivenNames.Trim() is { Length: > 1 } g ? g : null,
        MrzFieldNames.BirthDate => mrz.BirthDateValue?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        MrzFieldNames.ExpiryDate => mrz.ExpiryDateValue?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        MrzFieldNames.DocumentNumber => mrz.DocumentNumber.Length > 3 ? mrz.DocumentNumber : null,
        _ => null,
    };

    private static bool Agrees(string field, string expected, string printed, MrzFields mrz) => field switch
    {
        MrzFieldNames.BirthDate or MrzFieldNames.ExpiryDate =>
            PrintedText.Dates(printed, DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .Any(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == expected),
        MrzFieldNames.DocumentNumber => Similar(Confusable(Alnum(printed)), Confusable(expected), 1)
            || Confusable(Alnum(printed)).Contains(Confusable(expected), StringComparison.Ordinal),
        _ => NameAgrees(expected, printed),
    };

    // A name agrees when, letters only, it is the MRZ's (which may be truncated) give or take OCR noise.
    private static bool NameAgrees(string mrz, string printed)
    {
        var expected = new string([.. mrz.Where(char.IsAsciiLetter)]);
        foreach (var form in new[] { PrintedText.Letters(printed), new string([.. PrintedText.GermanForm(printed).Where(char.IsAsciiLetter)]) })
        {
            var candidate = form.Length > expected.Length && form.StartsWith(expected[..Math.Min(expected.Length, form.Length)], StringComparison.Ordinal)
                ? form[..expected.Length]
                : form;
            if (Similar(candidate, expected, Math.Max(1, expected.Length / 4)))
            {
                return true;
            }
        }
        return false;
    }

    // The MRZ's value anywhere in the zone: then the label was matched to the wrong line, not a contradiction.
    private static bool Appears(string field, string expected, string zone, MrzFields mrz) => field switch
    {
        MrzFieldNames.BirthDate or MrzFieldNames.ExpiryDate => Agrees(field, expected, zone, mrz),
        MrzFieldNames.DocumentNumber => Confusable(Alnum(zone)).Contains(Confusable(expected), StringComparison.Ordinal),
        _ => PrintedText.Letters(zone).Contains(new string([.. expected.Where(char.IsAsciiLetter)]), StringComparison.Ordinal)
            || PrintedText.GermanForm(zone).Replace(" ", "", StringComparison.Ordinal).Contains(new string([.. expected.Where(char.IsAsciiLetter)]), StringComparison.Ordinal),
    };

    private static string Alnum(string text) => PrintedText.Normalise(text).Replace(" ", "", StringComparison.Ordinal);

    // Letters and digits OCR confuses, folded together.
    private static string Confusable(string text) => new([.. text.Select(c => c switch
    {
        'O' or 'Q' or 'D' => '0',
        'I' or 'L' => '1',
        'Z' => '2',
        'S' => '5',
        'B' => '8',
        'G' => '6',
        _ => c,
    })]);

    private static bool Similar(string a, string b, int tolerance) =>
        Math.Abs(a.Length - b.Length) <= tolerance && EditDistance.Between(a, b) <= tolerance;
}
