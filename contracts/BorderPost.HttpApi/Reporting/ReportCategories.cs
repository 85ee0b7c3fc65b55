namespace BorderPost.HttpApi.Reporting;

/// <summary>
/// The categories Reporting counts, and each service counts again from its own store for the reconciliation
/// (<see cref="SourceCounts"/>): <c>crossing.entry</c>, <c>crossing.exit</c>, <c>document.&lt;verdict&gt;</c>,
/// <c>document.review.confirm</c> and <c>document.review.overturn</c> (supervisors' reviews),
/// <c>document.finding.&lt;code&gt;</c> (a completed check counts once under each finding code it raised, e.g.
/// <c>document.finding.mrz.check_digit</c>);
/// <c>arrest.persons</c> (persons arrested), <c>arrest.offence.&lt;offence&gt;</c> (an arrest counts once under each
/// suspected offence), <c>arrest.transferred.&lt;to&gt;</c>, <c>arrest.released</c>;
/// <c>referral.&lt;kind&gt;.referred</c>, <c>.acknowledged_in_time</c>, <c>.acknowledged_late</c>, <c>.overdue</c> and
/// <c>.closed.&lt;outcome&gt;</c> for kinds <c>minor</c> and <c>victim</c>;
/// <c>interception.recorded</c> (stopped groups) and <c>interception.person.&lt;role&gt;</c> (the people found, by role);
/// <c>screening.&lt;outcome&gt;</c> (the officer's decision) and <c>screening.overridden</c> (a decision other than
/// BorderPost's proposal); <c>minor_check.&lt;outcome&gt;</c> (minors checked leaving Haiti: <c>cleared</c>,
/// <c>held</c> for protection, <c>released_on_override</c>) and <c>minor_check.reason.&lt;reason&gt;</c> (each check
/// that would have held the child, by reason).
/// </summary>
public static class ReportCategories
{
    public static string Crossing(string direction) => $"crossing.{direction}";

    public static string DocumentCheck(string verdict) => $"document.{verdict}";

    public static string DocumentReview(string decision) => $"document.review.{decision}";

    public static string DocumentFinding(string code) => $"document.finding.{code}";

    public const string PersonsArrested = "arrest.persons";

    public static string ArrestOffence(string offence) => $"arrest.offence.{offence}";

    public static string SuspectTransferred(string to) => $"arrest.transferred.{to}";

    public const string SuspectReleased = "arrest.released";

    public static string Referral(string kind, string step) => $"referral.{kind}.{step}";

    public static string ReferralClosed(string kind, string outcome) => $"referral.{kind}.closed.{outcome}";

    public const string Interception = "interception.recorded";

    public static string InterceptedPerson(string role) => $"interception.person.{role}";

    public static string Screening(string outcome) => $"screening.{outcome}";

    public const string ScreeningOverridden = "screening.overridden";

    public static string MinorCheck(string outcome) => $"minor_check.{outcome}";

    public static string MinorCheckReason(string reason) => $"minor_check.reason.{reason}";

    /// <summary>The categories that count people, and so split by sex and age band: crossings, persons arrested, referrals, people intercepted, minors checked.</summary>
    public static bool AreAboutPeople(string category) =>
        category.StartsWith("crossing.", StringComparison.Ordinal) || category == PersonsArrested
        || category.StartsWith("referral.", StringComparison.Ordinal) || category.StartsWith("interception.person.", StringComparison.Ordinal)
        || category.StartsWith("minor_check.", StringComparison.Ordinal);
}
