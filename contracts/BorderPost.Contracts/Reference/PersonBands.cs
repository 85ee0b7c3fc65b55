namespace BorderPost.Contracts.Reference;

/// <summary>
/// How headquarters counts people: by sex (<c>F</c>, <c>M</c>, <c>unknown</c>) and age band (<c>0-5</c>, <c>6-11</c>,
/// <c>12-17</c>, <c>18-59</c>, <c>60+</c>, <c>unknown</c>). Integration events carry these bands, never a name or a
/// birth date.
/// </summary>
public static class PersonBands
{
    public const string Unknown = "unknown";

    public static readonly IReadOnlyList<string> Sexes = ["F", "M", Unknown];

    public static readonly IReadOnlyList<string> AgeBands = ["0-5", "6-11", "12-17", "18-59", "60+", Unknown];

    /// <summary><c>F</c> or <c>M</c> as recorded; anything else (<c>X</c>, nothing) is unknown.</summary>
    public static string SexOf(string? sex) => sex is "F" or "M" ? sex : Unknown;

    public static string AgeBandOf(int? age) => age switch
    {
        null or < 0 => Unknown,
        <= 5 => "0-5",
        <= 11 => "6-11",
        <= 17 => "12-17",
        <= 59 => "18-59",
        _ => "60+",
    };

    /// <summary>The band on <paramref name="day"/>: from the date of birth when known, else the officer's estimate.</summary>
    public static string AgeBandOf(DateOnly? dateOfBirth, int? estimatedAge, DateOnly day) =>
        AgeBandOf(dateOfBirth is { } birth ? AgeOn(birth, day) : estimatedAge);

    /// <summary>A minor's band as protection records it (<c>0-5</c>, <c>6-11</c>, <c>12-14</c>, <c>15-17</c>).</summary>
    public static string AgeBandOfMinorBand(string? band) => band switch
    {
        "0-5" or "6-11" => band,
        "12-14" or "15-17" => "12-17",
        _ => Unknown,
    };

    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        return day < birth.AddYears(age) ? age - 1 : age;
    }
}
