namespace BorderPost.Contracts.Reference;

/// <summary>The four official border posts and the department each lies in (IBESR has an office per department).</summary>
public static class Posts
{
    public const string Ouanaminthe = "OUA";
    public const string Malpasse = "MAL";
    public const string Belladere = "BEL";
    public const string AnseAPitres = "AAP";

    public static IReadOnlyList<string> Official { get; } = [Ouanaminthe, Malpasse, Belladere, AnseAPitres];

    /// <summary>Department codes: NE Nord-Est, OU Ouest, CE Centre, SE Sud-Est.</summary>
    public static IReadOnlyDictionary<string, string> Department { get; } = new Dictionary<string, string>
    {
        [Ouanaminthe] = "NE",
        [Malpasse] = "OU",
        [Belladere] = "CE",
        [AnseAPitres] = "SE",
    };

    /// <summary>The posts' names, as reports print them.</summary>
    public static IReadOnlyDictionary<string, string> Name { get; } = new Dictionary<string, string>
    {
        [Ouanaminthe] = "Ouanaminthe",
        [Malpasse] = "Malpasse",
        [Belladere] = "Belladère",
        [AnseAPitres] = "Anse-à-Pitres",
    };

    /// <summary>The departments' names by code.</summary>
    public static IReadOnlyDictionary<string, string> DepartmentName { get; } = new Dictionary<string, string>
    {
        ["NE"] = "Nord-Est",
        ["OU"] = "Ouest",
        ["CE"] = "Centre",
        ["SE"] = "Sud-Est",
    };

    public static bool IsOfficial(string? code) => code is not null && Official.Contains(code);
}
