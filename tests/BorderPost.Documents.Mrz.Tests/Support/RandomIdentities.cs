namespace BorderPost.Documents.Mrz.Tests.Support;

/// <summary>Seeded random identities that fit each format, for property tests.</summary>
internal static class RandomIdentities
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Alphanumerics = Letters + "0123456789";
    private static readonly string[] Countries = ["HTI", "DOM", "USA", "CAN", "FRA", "D", "GBR", "XXA", "UNO", "EUE", "BRA", "JPN"];
    private static readonly DateOnly OldestBirth = new(1927, 1, 1);
    private static readonly DateOnly LatestExpiry = new(2076, 12, 31);

    /// <summary>
    /// A random identity. Numbers are random letters and digits, or, when <paramref name="realistic"/>,
    /// shaped like real ones: a letter prefix, digits, and at most one trailing letter.
    /// </summary>
    public static TravellerIdentity Next(Random random, MrzFormat format, bool realistic = false)
    {
        var (types, maxNumber, optionalLength) = format switch
        {
            MrzFormat.Td1 => (new[] { "I", "ID", "A", "C", "AC", "IR" }, 13, 15),
            MrzFormat.Td2 => (["I", "ID", "A", "C"], 13, 7),
            MrzFormat.Td3 => (["P", "PD", "PO"], 9, 14),
            MrzFormat.MrvA => (["V", "VI", "VB"], 9, 16),
            _ => (["V", "VI", "VB"], 9, 8),
        };
        var number = Number(random, random.Next(5, maxNumber + 1), realistic);
        if (number.Length > 9)
        {
            // Overflow, its check digit and a separating filler come out of the optional data.
            optionalLength = Math.Max(0, optionalLength - (number.Length - 9) - 2);
        }

        var birth = RandomDate(random, OldestBirth, Specimens.CheckedOn);
        var expiry = RandomDate(random, birth > new DateOnly(2000, 1, 1) ? birth : new DateOnly(2000, 1, 1), LatestExpiry);
        return new TravellerIdentity(
            DocumentType: types[random.Next(types.Length)],
            IssuingCountry: Countries[random.Next(Countries.Length)],
            DocumentNumber: number,
            Surname: Parts(random, random.Next(1, 3)),
            GivenNames: Parts(random, random.Next(0, 3)),
            Nationality: Countries[random.Next(Countries.Length)],
            Birth: birth,
            Sex: "MFX<"[random.Next(4)],
            Expiry: expiry,
            OptionalData: Number(random, random.Next(0, optionalLength + 1), realistic),
            OptionalData2: format == MrzFormat.Td1 ? Word(random, Alphanumerics, random.Next(0, 12)) : string.Empty);
    }

    private static string Number(Random random, int length, bool realistic)
    {
        if (!realistic || length == 0)
        {
            return Word(random, Alphanumerics, length);
        }

        var prefix = random.Next(0, Math.Min(3, length));
        var suffix = length - prefix > 1 ? random.Next(0, 2) : 0;
        return Word(random, Letters, prefix) + Word(random, "0123456789", length - prefix - suffix) + Word(random, Letters, suffix);
    }

    private static string Parts(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Word(random, Letters, random.Next(2, 7))));

    private static string Word(Random random, string alphabet, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);

    private static DateOnly RandomDate(Random random, DateOnly from, DateOnly to) =>
        from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
}
