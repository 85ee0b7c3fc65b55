using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BorderPost.ServiceDefaults.Http;

namespace BorderPost.Testing;

/// <summary>
/// The checks every message catalog passes: each message of <c>Resources/Messages.resx</c> (French) has its Kreyòl and
/// English text with the same placeholders, every key the code names exists, and the compiled assembly with its
/// satellites answers each text in each language. A test project derives one class per catalog it owns.
/// </summary>
public abstract partial class ServiceMessageTests(Assembly catalog, string callingClass, params string[] sourceProjects)
{
    public static readonly string Services = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../services"));

    private string ResourceFile(string suffix) =>
        Path.Combine(Services, catalog.GetName().Name!, "Resources", $"Messages{suffix}.resx");

    private Dictionary<string, string> Texts(string suffix) =>
        XDocument.Load(ResourceFile(suffix)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    [Theory]
    [InlineData(".ht")]
    [InlineData(".en")]
    public void Every_French_message_has_its_translation_with_the_same_placeholders(string language)
    {
        var french = Texts("");
        var other = Texts(language);

        Assert.NotEmpty(french);
        Assert.Equal(french.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(french.Concat(other), t => string.IsNullOrWhiteSpace(t.Value));
        Assert.All(french, t => Assert.Equal(Placeholders(t.Value), Placeholders(other[t.Key])));
    }

    [Fact]
    public void Every_key_the_code_names_has_a_message()
    {
        var french = Texts("");
        var calls = sourceProjects
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(Services, project), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => Call().Matches(File.ReadAllText(file)))
            .Where(m => m.Groups["class"].Value == callingClass)
            .ToList();

        Assert.NotEmpty(calls);
        Assert.All(calls, call =>
        {
            var key = call.Groups["key"].Value;
            // A key built from a value ("FindingTexts.Field." + field) names a family; its own test covers each value.
            var found = call.Groups["built"].Success ? french.Keys.Any(k => k.StartsWith(key, StringComparison.Ordinal)) : french.ContainsKey(key);
            Assert.True(found, $"{callingClass}.Get(\"{key}\") has no message in {ResourceFile("")}");
        });
    }

    [Theory]
    [InlineData(Language.Fr, "")]
    [InlineData(Language.Ht, ".ht")]
    [InlineData(Language.En, ".en")]
    public void The_compiled_catalog_answers_each_message_in_each_language(Language language, string suffix)
    {
        var messages = new MessageCatalog(catalog);
        Assert.All(Texts(suffix), t => Assert.Equal(t.Value, messages.Get(t.Key).In(language)));
    }

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(?<class>Texts|CommonText)\.Get\(""(?<key>[^""]+)""(?<built>\s*\+)?")]
    private static partial Regex Call();
}
