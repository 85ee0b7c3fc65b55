namespace BorderPost.Documents.Generator;

/// <summary>A random person as printed on a synthetic document (names already in MRZ transliteration).</summary>
internal sealed record Identity(
    string Surname, string GivenNames, string Nationality, string IssuingCountry, DateOnly BirthDate, char Sex,
    DateOnly ExpiryDate, string DocumentNumber, string OptionalData)
{
    private static readonly string[] HaitianSurnames =
        ["JEAN", "PIERRE", "JOSEPH", "LOUIS", "CHARLES", "BAPTISTE", "FRANCOIS", "ETIENNE", "DORVAL", "ALEXIS",
         "CELESTIN", "DESTIN", "SAINT JUSTE", "AUGUSTIN", "DESROSIERS", "THELUSMA", "JEAN BAPTISTE", "BELLEGARDE"];
    private static readonly string[] HaitianGivenNames =
        ["MARIE", "JEAN", "ROSE", "MICHELINE", "WIDLINE", "JUNIOR", "STEVENSON", "LOVELY", "NADEGE", "WOODLEY",
         "FABIOLA", "JEAN RONY", "MARIE CARMELLE", "GUERLINE", "DIEUNEL"];
    private static readonly string[] DominicanSurnames =
        ["RODRIGUEZ", "PEREZ", "GARCIA", "MARTINEZ", "DE LA CRUZ", "NUNEZ", "REYES", "SANTANA", "JIMENEZ", "FELIZ",
         "DE LEON", "ALMONTE"];
    private static readonly string[] DominicanGivenNames =
        ["JOSE", "MARIA", "YAMILET", "FRANCISCO", "ANA", "JUAN CARLOS", "ROSA ELENA", "MIGUEL", "YOKASTA", "RAMON"];
    private static readonly string[] OtherSurnames = ["SMITH", "MULLER", "DUBOIS", "OKAFOR", "SILVA", "NGUYEN", "KOWALSKI"];
    private static readonly string[] OtherGivenNames = ["JOHN", "ANNA", "PAUL", "CHIDI", "LUCAS", "THI", "EWA"];
    private static readonly string[] OtherCountries = ["USA", "CAN", "FRA", "BRA", "VEN", "CUB", "COL", "D", "NGA", "CHL"];

    public static Identity Random(Random random, DateOnly today, bool idCard)
    {
        var roll = random.NextDouble();
        var (surnames, givenNames, country) = roll switch
        {
            < 0.45 => (HaitianSurnames, HaitianGivenNames, "HTI"),
            < 0.8 => (DominicanSurnames, DominicanGivenNames, "DOM"),
            _ => (OtherSurnames, OtherGivenNames, Pick(random, OtherCountries)),
        };
        var surname = Pick(random, surnames);
        if (random.NextDouble() < 0.2)
        {
            surname += " " + Pick(random, surnames);
        }
        var given = Pick(random, givenNames);
        if (random.NextDouble() < 0.3)
        {
            given += " " + Pick(random, givenNames);
        }
        var birth = today.AddDays(-random.Next(1 * 365, 80 * 365));
        var expiry = today.AddDays(random.Next(30, 10 * 365));
        var number = RandomDocumentNumber(random, idCard);
        var optional = random.NextDouble() < 0.4 ? Digits(random, random.Next(6, 12)) : "";
        var sex = random.NextDouble() switch { < 0.48 => 'M', < 0.96 => 'F', < 0.98 => 'X', _ => '<' };
        return new Identity(surname, given, country, country, birth, sex, expiry, number, optional);
    }

    /// <summary>The same holder with another surname (what a forger prints over the visual zone's name).</summary>
    public Identity WithAnotherSurname(Random random)
    {
        var pool = IssuingCountry switch { "HTI" => HaitianSurnames, "DOM" => DominicanSurnames, _ => OtherSurnames };
        string surname;
        do
        {
            surname = Pick(random, pool);
        }
        while (surname == Surname || surname.StartsWith(Surname, StringComparison.Ordinal) || Surname.StartsWith(surname, StringComparison.Ordinal));
        return this with { Surname = surname };
    }

    /// <summary>The same holder born on another day, years apart (a changed birth date).</summary>
    public Identity WithAnotherBirthDate(Random random) => this with { BirthDate = BirthDate.AddDays(-random.Next(400, 3000)) };

    /// <summary>Another person carrying the same document number and issuing state: a number reused by a forger.</summary>
    public Identity WithAnotherHolder(Random random, DateOnly today, bool idCard)
    {
        Identity other;
        do
        {
            other = Random(random, today, idCard);
        }
        while (other.BirthDate == BirthDate || other.Surname == Surname);
        return other with { DocumentNumber = DocumentNumber, IssuingCountry = IssuingCountry, Nationality = IssuingCountry };
    }

    private static string RandomDocumentNumber(Random random, bool idCard)
    {
        // Haitian-style passport numbers mix letters and digits; a few ID cards carry the 12+ character long form.
        var length = idCard && random.NextDouble() < 0.25 ? random.Next(10, 14) : 9;
        var letters = random.Next(0, 3);
        return new string([.. Enumerable.Range(0, length).Select(i => i < letters
            ? (char)('A' + random.Next(26))
            : (char)('0' + random.Next(10)))]);
    }

    private static string Digits(Random random, int count) =>
        new([.. Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10)))]);

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
