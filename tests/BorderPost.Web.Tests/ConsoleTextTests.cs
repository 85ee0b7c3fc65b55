using BorderPost.HttpApi.Documents;
using System.Text.RegularExpressions;
using BorderPost.Web.Pages.Post;
using BorderPost.Web.Ui;

namespace BorderPost.Web.Tests;

public partial class ConsoleTextTests
{
    [Fact]
    public void Every_text_exists_in_French_Creole_and_English()
    {
        foreach (var (key, text) in Texts.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Fr), key);
            Assert.False(string.IsNullOrWhiteSpace(text.Ht), key);
            Assert.False(string.IsNullOrWhiteSpace(text.En), key);
        }
    }

    [Fact]
    public void Every_key_the_pages_use_has_a_text()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "../../../../../services/BorderPost.Web/Pages");
        var used = Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value)))
            .ToList();
        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, u => !Texts.All.ContainsKey(u.Key));
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
