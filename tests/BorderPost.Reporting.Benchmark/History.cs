using BorderPost.HttpApi.Reporting;
using BorderPost.Reporting.Counting;

namespace BorderPost.Reporting.Benchmark;

/// <summary>
/// Two years of four posts as Reporting receives them: each integration event one message of count changes, written
/// as the counting consumers write it. Drawn from public figures, not from BorderPost's code: the binational markets
/// (Ouanaminthe–Dajabón, Malpasse–Jimaní, Belladère–Comendador, Anse-à-Pitres–Pedernales) open on Mondays and Fridays
/// and triple the day's crossings; December is busier, the September–October rains quieter; most traders crossing
/// are women. Arrests and referrals follow the unit's published totals (179 arrests, 120+ victims and 250+
/// unaccompanied minors in 18 months), scaled to the asked sizes.
/// </summary>
public sealed class History(int seed, DateOnly from, int days, int crossings, int arrests, int referrals, int documentChecks)
{
    private static readonly (string Post, double Share)[] Posts = [("OUA", 0.45), ("MAL", 0.30), ("BEL", 0.15), ("AAP", 0.10)];
    private static readonly (string Band, double Share)[] Adults = [("18-59", 0.90), ("60+", 0.07), ("unknown", 0.03)];
    private static readonly (string Band, double Share)[] Travellers =
        [("0-5", 0.03), ("6-11", 0.04), ("12-17", 0.06), ("18-59", 0.79), ("60+", 0.06), ("unknown", 0.02)];
    private static readonly (string Band, double Share)[] Children = [("0-5", 0.2), ("6-11", 0.35), ("12-17", 0.43), ("unknown", 0.02)];
    private static readonly (string Verdict, double Share)[] Verdicts =
        [("clear", 0.90), ("suspicious", 0.06), ("fraudulent", 0.01), ("unreadable", 0.03)];
    private static readonly (string Offence, double Share)[] Offences =
        [("migrant_smuggling", 0.55), ("human_trafficking", 0.17), ("document_fraud", 0.2), ("contraband", 0.06), ("other", 0.02)];
    private static readonly (string Nationality, double Share)[] Nationalities = [("HTI", 0.88), ("DOM", 0.08), ("VEN", 0.01), ("USA", 0.01), ("CUB", 0.02)];
    private static readonly (string Purpose, double Share)[] Purposes =
        [("trade", 0.55), ("family", 0.15), ("work", 0.15), ("return", 0.1), ("transit", 0.03), ("other", 0.02)];
    private static readonly string[] Outcomes =
        ["family_reunified", "placed_in_shelter", "placed_in_foster_care", "returned_with_family_member", "assisted_and_released", "transferred_to_other_agency"];

    private readonly Random _random = new(seed);

    public DateOnly From => from;
    public DateOnly To => from.AddDays(days - 1);

    /// <summary>Every message of the history, day by day: its event id and its count changes.</summary>
    public IEnumerable<(Guid EventId, CountChanged[] Changes)> Messages()
    {
        var weights = Enumerable.Range(0, days).Select(d => Weight(from.AddDays(d))).ToArray();
        var total = weights.Sum();
        for (var d = 0; d < days; d++)
        {
            var day = from.AddDays(d);
            var share = weights[d] / total;
            foreach (var (post, postShare) in Posts)
            {
                foreach (var message in Day(day, post, share * postShare))
                {
                    yield return message;
                }
            }
        }
    }

    private IEnumerable<(Guid, CountChanged[])> Day(DateOnly day, string post, double share)
    {
        for (var i = Draw(crossings * share); i > 0; i--)
        {
            var (sex, age) = (Sex(0.42), Pick(Travellers));
            yield return Message(new CountChanged(post, day, ReportCategories.Crossing(_random.NextDouble() < 0.5 ? "entry" : "exit"), 1, sex, age,
                Nationality: Pick(Nationalities), Purpose: Pick(Purposes)));
        }
        for (var i = Draw(documentChecks * share); i > 0; i--)
        {
            var verdict = Pick(Verdicts);
            yield return Message(new CountChanged(post, day, ReportCategories.DocumentCheck(verdict), 1));
            if (verdict != "clear" && _random.NextDouble() < 0.5)
            {
                yield return Message(new CountChanged(post, day, ReportCategories.DocumentReview(_random.NextDouble() < 0.8 ? "confirm" : "overturn"), 1));
            }
        }
        // Arrests and referrals spread evenly: they follow patrols and smuggling routes, not market days.
        var even = 1.0 / days * Posts.First(p => p.Post == post).Share;
        for (var i = Draw(arrests * even); i > 0; i--)
        {
            yield return Arrest(post, day);
        }
        for (var i = Draw(referrals * even); i > 0; i--)
        {
            foreach (var step in Referral(post, day))
            {
                yield return step;
            }
        }
    }

    private (Guid, CountChanged[]) Arrest(string post, DateOnly day)
    {
        var offences = new HashSet<string> { Pick(Offences) };
        if (_random.NextDouble() < 0.2)
        {
            offences.Add(Pick(Offences));
        }
        return Message(
        [
            new(post, day, ReportCategories.PersonsArrested, 1, Sex(0.12), Pick(Adults)),
            .. offences.Select(o => new CountChanged(post, day, ReportCategories.ArrestOffence(o), 1)),
        ]);
    }

    private IEnumerable<(Guid, CountChanged[])> Referral(string post, DateOnly day)
    {
        var minor = _random.NextDouble() < 0.68;
        var kind = minor ? "minor" : "victim";
        var (sex, age) = minor ? (Sex(0.5), Pick(Children)) : (Sex(0.8), Pick(Adults));
        var agency = minor ? "IBESR-" + post : "CNLTP";
        CountChanged Step(DateOnly on, string category) => new(post, on, category, 1, sex, age, Agency: agency);
        yield return Message(Step(day, ReportCategories.Referral(kind, "referred")));
        var roll = _random.NextDouble();
        if (roll < 0.08)
        {
            yield return Message(Step(day.AddDays(1), ReportCategories.Referral(kind, "overdue")));
        }
        // Minors are acknowledged within 2 hours, victims within 24, when in time; late ones wait up to a day more.
        var deadline = minor ? 120 : 1440;
        var minutes = roll < 0.80 ? 5 + _random.Next(deadline - 5) : deadline + 1 + _random.Next(1440);
        var acknowledged = Step(roll < 0.80 ? day : day.AddDays(1), ReportCategories.Referral(kind, roll < 0.80 ? "acknowledged_in_time" : "acknowledged_late"));
        yield return Message(acknowledged with { Minutes = minutes });
        if (_random.NextDouble() < 0.85)
        {
            yield return Message(Step(day.AddDays(1 + _random.Next(30)), ReportCategories.ReferralClosed(kind, Outcomes[_random.Next(Outcomes.Length)])));
        }
    }

    private static (Guid, CountChanged[]) Message(params CountChanged[] changes) => (Guid.NewGuid(), changes);

    private static double Weight(DateOnly day)
    {
        var week = day.DayOfWeek switch { DayOfWeek.Monday or DayOfWeek.Friday => 3.0, DayOfWeek.Sunday => 0.4, _ => 1.0 };
        var season = day.Month switch { 12 => 1.3, 9 or 10 => 0.85, _ => 1.0 };
        return week * season;
    }

    /// <summary>A whole number whose mean is <paramref name="mean"/>.</summary>
    private int Draw(double mean)
    {
        var whole = (int)mean;
        return whole + (_random.NextDouble() < mean - whole ? 1 : 0);
    }

    private string Sex(double male)
    {
        var roll = _random.NextDouble();
        return roll < 0.02 ? "unknown" : roll < 0.02 + male ? "M" : "F";
    }

    private string Pick((string Value, double Share)[] shares)
    {
        var roll = _random.NextDouble();
        foreach (var (value, share) in shares)
        {
            roll -= share;
            if (roll < 0)
            {
                return value;
            }
        }
        return shares[^1].Value;
    }
}
