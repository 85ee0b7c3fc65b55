namespace BorderPost.Documents.Mrz;

/// <summary>Where each data element and check digit of one recognised MRZ sits.</summary>
internal sealed class MrzLayout
{
    public required MrzFormat Format { get; init; }

    public required MrzField DocumentType { get; init; }

    public required MrzField IssuingCountry { get; init; }

    /// <summary>The whole name field (surname, "&lt;&lt;", given names, padding).</summary>
    public required MrzField Name { get; init; }

    /// <summary>The document number; a second span holds the overflow of a long number.</summary>
    public required MrzField DocumentNumber { get; init; }

    public required MrzField Nationality { get; init; }

    public required MrzField BirthDate { get; init; }

    public required MrzField Sex { get; init; }

    public required MrzField ExpiryDate { get; init; }

    public required MrzField OptionalData { get; init; }

    /// <summary>TD1 line 2 optional data; null for other formats.</summary>
    public MrzField? OptionalData2 { get; init; }

    public required IReadOnlyList<MrzCheck> Checks { get; init; }

    public IEnumerable<MrzField> Fields
    {
        get
        {
            yield return DocumentType;
            yield return IssuingCountry;
            yield return Name;
            yield return DocumentNumber;
            yield return Nationality;
            yield return BirthDate;
            yield return Sex;
            yield return ExpiryDate;
            yield return OptionalData;
            if (OptionalData2 is not null)
            {
                yield return OptionalData2;
            }
        }
    }

    public bool AllChecksPass(IReadOnlyList<string> lines) => Checks.All(check => check.Passes(lines));

    /// <summary>The finding field name for a character position, or null when no field covers it.</summary>
    public string? FieldAt(IReadOnlyList<string> lines, int line, int position)
    {
        foreach (var check in Checks)
        {
            if (check.Digit.Contains(line, position))
            {
                return check.Field;
            }
        }

        if (Name.Contains(line, position))
        {
            var span = Name.Spans[0];
            var separator = span.Read(lines).IndexOf("<<", StringComparison.Ordinal);
            return separator >= 0 && position - span.Start > separator ? MrzFieldNames.GivenNames : MrzFieldNames.Surname;
        }

        return Fields.FirstOrDefault(field => field.Contains(line, position))?.Name;
    }
}
