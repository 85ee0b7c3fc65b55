using System.Globalization;
using System.Text.RegularExpressions;

namespace BorderPost.Documents.Register;

/// <summary>One bad line of an import: its number (1 = the header), the column, and why.</summary>
public sealed record LineError(int Line, string Column, LineMessage Message)
{
    public static LineError Of(int line, string column, LocalizedText message) => new(line, column, LineMessage.Of(message));
}

/// <summary>A line's message as a pending import stores it: in the three languages, read when the preview is shown.</summary>
public sealed record LineMessage(string Fr, string Ht, string En)
{
    public static LineMessage Of(LocalizedText text) => new(text.In(Language.Fr), text.In(Language.Ht), text.In(Language.En));

    public string In(Language language) => language switch
    {
        Language.Ht => Ht,
        Language.En => En,
        _ => Fr,
    };
}

/// <summary>
/// Reads a lost/stolen register extract: a header naming the columns (any order; <c>,</c> or <c>;</c> between values,
/// double quotes allowed) — <c>issuing_country</c>, <c>document_number</c>, <c>status</c> (<c>lost</c>,
/// <c>stolen</c>, or <c>recovered</c> to take it out) required; <c>document_type</c>, <c>reported_on</c> (YYYY-MM-DD), <c>source</c> optional — then one
/// document per line. Never throws: every bad line is reported with its number and column.
/// </summary>
public static partial class RegisterCsv
{
    public const int MaxLines = 100_000;
    public static readonly string[] RequiredColumns = ["issuing_country", "document_number", "status"];
    public static readonly string[] DocumentTypes = ["passport", "id_card", "visa", "travel_document", "other"];

    private static readonly LocalizedText MissingColumns = Texts.Get("RegisterCsv.MissingColumns");
    private static readonly LocalizedText ColumnCount = Texts.Get("RegisterCsv.ColumnCount");
    private static readonly LocalizedText Country = Texts.Get("RegisterCsv.Country");
    private static readonly LocalizedText Number = Texts.Get("RegisterCsv.Number");
    private static readonly LocalizedText Status = Texts.Get("RegisterCsv.Status");
    private static readonly LocalizedText Type = Texts.Get("RegisterCsv.Type");
    private static readonly LocalizedText Date = Texts.Get("RegisterCsv.Date");
    private static readonly LocalizedText Repeated = Texts.Get("RegisterCsv.Repeated");
    private static readonly LocalizedText TooManyLines = Texts.Get("RegisterCsv.TooManyLines", MaxLines);

    public static (IReadOnlyList<ReportedDocument> Entries, IReadOnlyList<LineError> Errors, int Lines) Parse(
        string text, Guid importId, DateOnly today, string defaultSource)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        var errors = new List<LineError>();
        var entries = new List<ReportedDocument>();
        if (count == 0)
        {
            return (entries, [LineError.Of(1, "", MissingColumns)], 0);
        }
        var delimiter = lines[0].Count(c => c == ';') > lines[0].Count(c => c == ',') ? ';' : ',';
        var header = Split(lines[0], delimiter).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var named = header.Where(h => h.Length > 0).ToList();
        if (RequiredColumns.Any(c => !header.Contains(c)) || named.Distinct().Count() != named.Count)
        {
            return (entries, [LineError.Of(1, "", MissingColumns)], count);
        }
        if (count > MaxLines + 1)
        {
            return (entries, [LineError.Of(MaxLines + 2, "", TooManyLines)], count);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            var values = Split(lines[i], delimiter);
            if (values.Count != header.Count)
            {
                errors.Add(LineError.Of(i + 1, "", ColumnCount));
                continue;
            }
            var row = header.Zip(values).Where(p => p.First.Length > 0).ToDictionary(p => p.First, p => p.Second.Trim());
            var entry = Read(row, i + 1, importId, today, defaultSource, errors);
            if (entry is null)
            {
                continue;
            }
            if (!seen.Add(entry.Id))
            {
                errors.Add(LineError.Of(i + 1, "document_number", Repeated));
                continue;
            }
            entries.Add(entry);
        }
        return (entries, errors, count);
    }

    private static ReportedDocument? Read(Dictionary<string, string> row, int line, Guid importId, DateOnly today, string defaultSource, List<LineError> errors)
    {
        var before = errors.Count;
        var country = row["issuing_country"].ToUpperInvariant();
        if (!Countries.IsKnown(country))
        {
            errors.Add(LineError.Of(line, "issuing_country", Country));
        }
        var number = row["document_number"].ToUpperInvariant();
        if (!NumberPattern().IsMatch(number))
        {
            errors.Add(LineError.Of(line, "document_number", Number));
        }
        var status = row["status"].ToLowerInvariant() switch
        {
            "lost" => ReportStatus.Lost,
            "stolen" => ReportStatus.Stolen,
            "recovered" => ReportStatus.Recovered,
            _ => (ReportStatus?)null,
        };
        if (status is null)
        {
            errors.Add(LineError.Of(line, "status", Status));
        }
        var type = row.GetValueOrDefault("document_type", "").ToLowerInvariant();
        if (type.Length > 0 && !DocumentTypes.Contains(type))
        {
            errors.Add(LineError.Of(line, "document_type", Type));
        }
        DateOnly? reportedOn = null;
        var dateText = row.GetValueOrDefault("reported_on", "");
        if (dateText.Length > 0)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d <= today)
            {
                reportedOn = d;
            }
            else
            {
                errors.Add(LineError.Of(line, "reported_on", Date));
            }
        }
        var source = row.GetValueOrDefault("source", "");
        if (source.Length > 100 || FieldMessages.HasControlCharacters(source))
        {
            errors.Add(LineError.Of(line, "source", FieldMessages.TooLong(100)));
        }
        return errors.Count > before
            ? null
            : new ReportedDocument(ReportedDocument.IdFor(country, number), country, number, type.Length > 0 ? type : null, status!.Value,
                reportedOn, source.Length > 0 ? source : defaultSource, importId);
    }

    /// <summary>Splits one line on the delimiter, honouring double quotes ("" is a quote inside a quoted value).</summary>
    private static List<string> Split(string line, char delimiter)
    {
        var values = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                values.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        values.Add(current.ToString());
        return values;
    }

    [GeneratedRegex("^[A-Z0-9]{1,20}$")]
    private static partial Regex NumberPattern();
}
