namespace BorderPost.Contracts.Crossings;

/// <summary>
/// What headquarters may know of one crossing: no names, no document numbers.
/// <paramref name="Day"/> is the calendar day in Haiti (America/Port-au-Prince) when the crossing happened.
/// <paramref name="Direction"/> is <c>entry</c> or <c>exit</c>; <paramref name="Nationality"/> is ISO 3166-1 alpha-3.
/// <paramref name="Sex"/> and <paramref name="AgeBand"/> are the traveller's, as <see cref="Reference.PersonBands"/>
/// counts them (<c>unknown</c> in messages sent before they were carried). <paramref name="Purpose"/> is the crossing's
/// purpose (<c>trade</c>, <c>family</c>, <c>work</c>, <c>return</c>, <c>transit</c>, <c>other</c>; null in older messages).
/// </summary>
public sealed record CrossingFacts(
    string PostCode,
    DateOnly Day,
    string Direction,
    string Nationality,
    int AccompanyingMinors,
    string Sex = Reference.PersonBands.Unknown,
    string AgeBand = Reference.PersonBands.Unknown,
    string? Purpose = null);
