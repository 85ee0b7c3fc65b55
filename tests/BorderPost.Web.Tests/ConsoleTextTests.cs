using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BorderPost.HttpApi.Arrests;
using BorderPost.HttpApi.Crossings;
using BorderPost.HttpApi.Documents;
using BorderPost.HttpApi.People;
using BorderPost.HttpApi.Protection;
using BorderPost.HttpApi.Reporting;
using BorderPost.ServiceDefaults.Authentication;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using BorderPost.Web.Pages.Post;
using BorderPost.Web.Ui;

namespace BorderPost.Web.Tests;

public partial class ConsoleTextTests
{
    private static readonly string Resources = Path.Combine(AppContext.BaseDirectory, "../../../../../services/BorderPost.Web/Resources/Ui");

    private static Dictionary<string, string> Texts(string suffix = "") =>
        XDocument.Load(Path.Combine(Resources, $"ConsoleTexts{suffix}.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    [Theory]
    [InlineData(".ht")]
    [InlineData(".en")]
    public void Every_French_text_has_its_translation_and_no_translation_lacks_a_French_text(string language)
    {
        var french = Texts();
        var other = Texts(language);

        Assert.Equal(french.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(french.Concat(other), t => string.IsNullOrWhiteSpace(t.Value));
    }

    [Fact]
    public void Every_key_the_pages_name_has_a_text()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "../../../../../services/BorderPost.Web/Pages");
        var used = Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value)))
            .ToList();
        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, u => !Texts().ContainsKey(u.Key));
    }

    /// <summary>The keys pages build from a value (<c>T["status." + r.Status]</c>): every value the services send has a text.</summary>
    public static TheoryData<string, string> DynamicKeys()
    {
        var keys = new TheoryData<string, string>();
        var families = new (string Prefix, IEnumerable<string> Values)[]
        {
            ("status.", ReferralStatuses.All), ("kind.", ReferralValues.Kinds), ("need.", ReferralValues.Needs),
            ("indicator.", ReferralValues.Indicators), ("found.", ReferralValues.FoundHow), ("outcome.", ClosureOutcomes.All),
            ("direction.", CrossingValues.Directions), ("mode.", CrossingValues.Modes), ("purpose.", CrossingValues.Purposes),
            ("crossingstatus.", CrossingValues.Statuses), ("points.", CrossingValues.PointKinds), ("doctype.", DocumentTypes.All),
            ("offence.", ArrestValues.Offences), ("verdict.", DocumentCheckValues.Verdicts), ("role.", Roles.All), ("sex.", ["M", "F", "X"]),
            ("groupby.", TotalsGroupings.All), ("counted.", ReferralSteps.All), ("recipient.", ArrestValues.TransferRecipients),
            ("reviewed.", DocumentCheckValues.ReviewDecisions), ("finding.", DocumentCheckValues.FindingCodes),
            ("foundrole.", InterceptionValues.Roles), ("screening.", ScreeningValues.Outcomes), ("minorcheck.", MinorTravelCheckValues.Outcomes),
            ("holdreason.", MinorTravelCheckValues.HoldReasons),
            ("means.", InterceptionValues.Means), ("relation.", InterceptionValues.Relations),
            ("accompanied.", MinorTravelCheckValues.Accompaniments), ("minorcheck.result.", MinorTravelCheckValues.Outcomes), ("minorcheck.one.", MinorTravelCheckValues.Outcomes),
            ("recruitment.", ScreeningValues.Recruitments), ("meansused.", ScreeningValues.Means), ("exploitation.", ScreeningValues.Purposes),
            ("parent.", TravelAuthorisationValues.Relations), ("custody.", ArrestValues.Custody),
            ("authstatus.", [TravelAuthorisationValues.Valid, TravelAuthorisationValues.Revoked, TravelAuthorisationValues.Expired, TravelAuthorisationValues.Unknown]),
        };
        foreach (var (prefix, values) in families)
        {
            foreach (var value in values)
            {
                keys.Add(prefix + value, "");
                keys.Add(prefix + value, ".ht");
                keys.Add(prefix + value, ".en");
            }
        }
        return keys;
    }

    [Theory]
    [MemberData(nameof(DynamicKeys))]
    public void Every_value_a_page_shows_through_a_built_key_has_a_text(string key, string language) =>
        Assert.True(Texts(language).ContainsKey(key), $"{key} missing in ConsoleTexts{language}.resx");

    [Theory]
    [InlineData("fr", "Passages")]
    [InlineData("ht", "Pasaj")]
    [InlineData("en", "Crossings")]
    public void The_compiled_console_answers_in_each_language(string language, string crossings)
    {
        var factory = new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var localizer = factory.Create(typeof(ConsoleTexts));
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(language);
            Assert.Equal(crossings, localizer["nav.crossings"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>Every category Reporting counts, by the value lists it is built from.</summary>
    public static TheoryData<string, string> Categories()
    {
        var categories = new List<string> { "arrest.persons", "arrest.released" };
        categories.AddRange(CrossingValues.Directions.Select(d => $"crossing.{d}"));
        categories.AddRange(DocumentCheckValues.Verdicts.Select(v => $"document.{v}"));
        categories.AddRange(DocumentCheckValues.ReviewDecisions.Select(d => $"document.review.{d}"));
        categories.AddRange(DocumentCheckValues.FindingCodes.Select(c => $"document.finding.{c}"));
        categories.Add("interception.recorded");
        categories.AddRange(InterceptionValues.Roles.Select(r => $"interception.person.{r}"));
        categories.Add("screening.overridden");
        categories.AddRange(ScreeningValues.Outcomes.Select(o => $"screening.{o}"));
        categories.AddRange(MinorTravelCheckValues.Outcomes.Select(o => $"minor_check.{o}"));
        categories.AddRange(MinorTravelCheckValues.HoldReasons.Select(r => $"minor_check.reason.{r}"));
        categories.AddRange(ArrestValues.Offences.Select(o => $"arrest.offence.{o}"));
        categories.AddRange(ArrestValues.TransferRecipients.Select(t => $"arrest.transferred.{t}"));
        categories.AddRange(ReferralValues.Kinds.SelectMany(k => ReferralSteps.All.Select(s => $"referral.{k}.{s}")));
        categories.AddRange(ReferralValues.Kinds.SelectMany(k => ClosureOutcomes.All.Select(o => $"referral.{k}.closed.{o}")));
        var data = new TheoryData<string, string>();
        foreach (var category in categories)
        {
            foreach (var language in new[] { "fr", "ht", "en" })
            {
                data.Add(category, language);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void Every_category_headquarters_sees_has_a_name_in_each_language(string category, string language)
    {
        var factory = new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(language);
            var name = BorderPost.Web.Pages.Hq.CategoryNames.Of(category, new UiText(new StringLocalizer<ConsoleTexts>(factory)));

            // Each part's own key is checked above (DynamicKeys); here the parts come together into words, not codes.
            Assert.NotEqual(category, name);
            Assert.DoesNotContain('{', name);
            Assert.DoesNotContain('_', name);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Times_typed_in_Haiti_go_to_the_services_in_UTC()
    {
        Assert.Equal("2026-11-23T19:05:00Z", LocalInput.ToUtc("2026-11-23T14:05"));
        Assert.Equal("2026-07-01T16:00:00Z", LocalInput.ToUtc("2026-07-01T12:00")); // daylight saving time (UTC-4)
        Assert.Equal("yesterday", LocalInput.ToUtc("yesterday")); // the service names the field
        Assert.Null(LocalInput.ToUtc(" "));
        Assert.Equal("9999-12-31T23:00", LocalInput.ToUtc("9999-12-31T23:00")); // the service says what is wrong
        Assert.Equal("23/11/2026 09:05", UiText.Local("2026-11-23T14:05:00Z"));
    }

    [Fact]
    public void The_MRZ_fills_the_traveller_and_the_document()
    {
        var form = new CrossingForm { EstimatedAge = 30 };
        MrzFill.Apply(form, new MrzFieldsView("P", "HTI", "P32038161", "ALEXIS CELESTIN", "NADEGE JEAN RONY", "HTI", "1965-04-06", "F",
            "2032-01-30", "", ""));
        Assert.Equal(("ALEXIS CELESTIN", "NADEGE JEAN RONY", "F", "1965-04-06", (int?)null), (form.Surname, form.GivenNames, form.Sex, form.DateOfBirth, form.EstimatedAge));
        Assert.Equal(("passport", "P32038161", "HTI", "2032-01-30"), (form.DocumentType, form.DocumentNumber, form.IssuingCountry, form.ExpiryDate));
    }

    // T["a.b"] in pages and Text["a.b"] in page models.
    [GeneratedRegex(@"(?:\bT|\bText)\[""([a-zA-Z]+\.[a-zA-Z_]+)""\]")]
    private static partial Regex LiteralKey();
}
