namespace BorderPost.Documents.Mrz;

/// <summary>
/// Splits the name field into primary identifier (surname) and secondary identifier (given names):
/// "&lt;&lt;" separates them, a single "&lt;" separates name parts, and trailing fillers pad the field.
/// </summary>
internal sealed record MrzName(string Surname, string GivenNames, IReadOnlyList<(string Field, string Problem)> Problems)
{
    private const string Separator = "<<";

    public static MrzName Read(string field)
    {
        var problems = new List<(string Field, string Problem)>();
        var content = field.TrimEnd(MrzAlphabet.Filler);
        var separator = content.IndexOf(Separator, StringComparison.Ordinal);
        var primary = separator < 0 ? content : content[..separator];
        var secondary = separator < 0 ? string.Empty : content[(separator + Separator.Length)..];

        if (field.Length > 0 && field[0] == MrzAlphabet.Filler)
        {
            problems.Add((MrzFieldNames.Surname, "the name field starts with a filler"));
        }

        if (primary.Any(MrzAlphabet.IsDigit))
        {
            problems.Add((MrzFieldNames.Surname, "the surname holds digits"));
        }

        if (secondary.Any(MrzAlphabet.IsDigit))
        {
            problems.Add((MrzFieldNames.GivenNames, "the given names hold digits"));
        }

        // A name of one identifier in several words and no '<<' (MAHATHIR<BIN<IDRUS) is as ICAO Doc 9303 writes the
        // names of people who have no surname: not a problem.

        if (secondary.StartsWith(MrzAlphabet.Filler) || secondary.Contains(Separator, StringComparison.Ordinal))
        {
            problems.Add((MrzFieldNames.GivenNames, "letters follow a run of fillers after the name"));
        }

        return new MrzName(Words(primary), Words(secondary), problems);
    }

    private static string Words(string part) =>
        string.Join(' ', part.Split(MrzAlphabet.Filler, StringSplitOptions.RemoveEmptyEntries));
}
