using BorderPost.Documents.ConsultingRegisters;
using BorderPost.Documents.Reading.Photo;
using BorderPost.Documents.Reading.VisualZone;
using BorderPost.ServiceDefaults.Http;
using BorderPost.Contracts.Documents;
using BorderPost.Documents.CheckingDocuments;
using BorderPost.Documents.Findings;
using BorderPost.Documents.Mrz;
using BorderPost.Documents.Reading;

namespace BorderPost.Documents.Tests;

public sealed class ServicePartsTests
{
    [Theory]
    [InlineData("a.jpg", true)]
    [InlineData("post/OUA/a.jpg", true)]
    [InlineData("../a.jpg", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("post/../../a.jpg", false)]
    [InlineData("", false)]
    [InlineData("a\0.jpg", false)]
    public void An_image_reference_never_leaves_the_inbox(string reference, bool allowed)
    {
        var inbox = Path.Combine(Path.GetTempPath(), "inbox");

        var path = ImageInbox.Resolve(inbox, reference);

        Assert.Equal(allowed, path is not null);
        if (path is not null)
        {
            Assert.StartsWith(inbox + Path.DirectorySeparatorChar, path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_symbolic_link_in_the_inbox_is_not_followed()
    {
        var inbox = Directory.CreateTempSubdirectory("inbox-").FullName;
        try
        {
            File.CreateSymbolicLink(Path.Combine(inbox, "passwd.jpg"), "/etc/passwd");
            Directory.CreateSymbolicLink(Path.Combine(inbox, "elsewhere"), "/etc");
            File.WriteAllText(Path.Combine(inbox, "real.jpg"), "x");

            Assert.Null(ImageInbox.Resolve(inbox, "passwd.jpg"));
            Assert.Null(ImageInbox.Resolve(inbox, "elsewhere/passwd"));
            Assert.NotNull(ImageInbox.Resolve(inbox, "real.jpg"));
        }
        finally
        {
            Directory.Delete(inbox, recursive: true);
        }
    }

    [Theory]
    [InlineData("OUA", true)]
    [InlineData("oua", false)]
    [InlineData("OUAX", false)]
    [InlineData("XYZ", false)]
    [InlineData(null, false)]
    public void A_command_names_one_of_the_official_posts(string? code, bool official) =>
        Assert.Equal(official, CheckDocumentConsumer.IsValid(new CheckDocument(Guid.NewGuid(), "x.jpg", "", code!, "officer")));

    public static TheoryData<string> AllCodes =>
    [
        .. new[] { typeof(MrzFindingCodes), typeof(DocumentFindings), typeof(RegisterFindings) }
            .SelectMany(type => type.GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            .Select(f => (string)f.GetValue(null)!),
        PhotoCheck.FaceMissing,
        PrintedFieldCheck.Mismatch,
    ];

    /// <summary>Every finding, about every field a finding names, reads in each language from the compiled resources.</summary>
    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_finding_tells_the_officer_in_three_languages(string code)
    {
        foreach (var field in FindingTexts.FieldsNamed)
        {
            var text = FindingTexts.For(new MrzFinding(code, MrzSeverity.Warning, field, "X"));
            var (fr, ht, en) = (text.In(Language.Fr), text.In(Language.Ht), text.In(Language.En));

            Assert.NotEqual(code, fr);
            Assert.All(new[] { fr, ht, en }, t => Assert.False(string.IsNullOrWhiteSpace(t) || t.Contains('{', StringComparison.Ordinal)));
            Assert.NotEqual(fr, en);
            Assert.NotEqual(fr, ht);
        }
    }

    [Theory]
    [InlineData("passport", ExpectedDocument.Passport)]
    [InlineData(" ID_CARD ", ExpectedDocument.IdCard)]
    [InlineData("visa", ExpectedDocument.Visa)]
    [InlineData("permit", null)]
    [InlineData(null, null)]
    public void Expected_document_types_are_parsed(string? text, ExpectedDocument? expected) =>
        Assert.Equal(expected, ExpectedDocumentExtensions.Parse(text));

    [Theory]
    [InlineData(ExpectedDocument.Passport, "P", true)]
    [InlineData(ExpectedDocument.Passport, "I", false)]
    [InlineData(ExpectedDocument.IdCard, "ID", true)]
    [InlineData(ExpectedDocument.IdCard, "AC", true)]
    [InlineData(ExpectedDocument.Visa, "V", true)]
    public void Document_codes_match_their_kind(ExpectedDocument expected, string code, bool matches) =>
        Assert.Equal(matches, expected.Matches(code));
}
