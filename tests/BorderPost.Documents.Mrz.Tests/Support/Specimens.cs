namespace BorderPost.Documents.Mrz.Tests.Support;

/// <summary>ICAO Doc 9303 specimen zones (state UTO) and national examples with computed check digits.</summary>
internal static class Specimens
{
    /// <summary>The crossing date the tests check documents on.</summary>
    public static readonly DateOnly CheckedOn = new(2026, 11, 23);

    public static readonly string[] Td3 =
    [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ];

    public static readonly string[] Td1 =
    [
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ];

    /// <summary>TD1 with the twelve-character document number D23145890734 (check digit 9).</summary>
    public static readonly string[] Td1LongNumber =
    [
        "I<UTOD23145890<7349<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ];

    public static readonly string[] Td2 =
    [
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "D231458907UTO7408122F1204159<<<<<<<6",
    ];

    public static readonly string[] MrvA =
    [
        "VIUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
    ];

    public static readonly string[] MrvB =
    [
        "VIUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "L8988901C4XXX4009078F9612109<<<<<<<<",
    ];

    /// <summary>A Haitian passport without personal number (its check digit written as a filler).</summary>
    public static readonly string[] HaitiPassport =
    [
        "P<HTIPIERRE<LOUIS<<JEAN<MARC<<<<<<<<<<<<<<<<",
        "RD48123761HTI8503172M3109166<<<<<<<<<<<<<<<2",
    ];

    /// <summary>A Dominican passport with a personal number (cédula).</summary>
    public static readonly string[] DominicanPassport =
    [
        "P<DOMMARTINEZ<PENA<<ANA<LUCIA<<<<<<<<<<<<<<<",
        "SC04128573DOM0101011F300101940212345678<<<80",
    ];

    /// <summary>A Dominican identity card with a two-part surname.</summary>
    public static readonly string[] DominicanIdCard =
    [
        "IDDOMID72519049<<<<<<<<<<<<<<<",
        "9206012F2902289DOM<<<<<<<<<<<6",
        "DE<LA<CRUZ<<ROSA<ELENA<<<<<<<<",
    ];

    public static string[] WithChar(string[] lines, int line, int position, char c)
    {
        var copy = (string[])lines.Clone();
        var chars = copy[line].ToCharArray();
        chars[position] = c;
        copy[line] = new string(chars);
        return copy;
    }

    public static string Text(string[] lines) => string.Join('\n', lines);
}
