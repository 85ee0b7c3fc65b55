using System.Globalization;
using BorderPost.Contracts.Reference;
using Microsoft.AspNetCore.Http;

namespace BorderPost.ServiceDefaults.Http;

/// <summary>
/// <c>?from=2026-01-01&amp;to=2026-12-31</c>: a period of Haitian days, both included, of at most <c>maxDays</c> days.
/// </summary>
public sealed record DayRange(DateOnly From, DateOnly To)
{
    /// <summary>Five years: a donor report over several years is one query.</summary>
    public const int MaxDays = 5 * 366;

    /// <summary>
    /// The days a period may name: this century. Beyond it nothing was recorded, and a day near the calendar's end
    /// would overflow the month and day arithmetic of the reports.
    /// </summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static readonly DateOnly Latest = new(2099, 12, 31);

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The first instant after the period: midnight in Haiti at the end of <see cref="To"/>.</summary>
    public DateTimeOffset End => HaitiCalendar.Bounds(To).End;

    /// <summary>Reads <c>from</c> and <c>to</c>, adding an error for each missing, malformed or out-of-century one, or for a period out of range.</summary>
    public static DayRange? Read(IQueryCollection query, FieldErrors errors, int maxDays = MaxDays)
    {
        var from = Day(query["from"].ToString(), "from", errors);
        var to = Day(query["to"].ToString(), "to", errors);
        if (from is not null && to is not null && (to < from || to.Value.DayNumber - from.Value.DayNumber >= maxDays))
        {
            errors.Add("to", CommonText.Get("CommonText.DayRange", maxDays));
            return null;
        }
        return from is null || to is null ? null : new DayRange(from.Value, to.Value);
    }

    private static DateOnly? Day(string text, string field, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(field, CommonText.Required);
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day))
        {
            errors.Add(field, CommonText.DateFormat);
            return null;
        }
        if (day < Earliest || day > Latest)
        {
            errors.Add(field, CommonText.Get("CommonText.DayOutOfRange", Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            return null;
        }
        return day;
    }
}
