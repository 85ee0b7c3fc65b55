using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderPost.Contracts.Documents;
using BorderPost.Documents.CheckingDocuments;
using BorderPost.Testing;

namespace BorderPost.EndToEnd.Tests;

[Collection(StackCollection.Name)]
public sealed class DocumentMessagingTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task A_checked_upload_is_published_as_DocumentChecked_over_rabbitmq_without_names()
    {
        await using var probe = await MessageProbe.StartAsync<DocumentChecked>(stack.RabbitUri);
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var (image, mrz) = DocumentSamples.CleanPassport();
        var crossingId = Guid.NewGuid();

        var response = await _client.SendAsync(HttpMethod.Post, "/api/document-checks", officer,
            DocumentSamples.Upload(image, fields: ("crossingId", crossingId.ToString())));
        var checkId = Guid.Parse((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["checkId"]!);

        var message = await probe.WaitForAsync(m => m.CheckId == checkId);
        Assert.Equal("clear", message.Verdict);
        Assert.Equal("TD3", message.Format);
        Assert.Equal("OUA", message.Post);
        Assert.Equal(crossingId, message.CrossingId);
        Assert.Equal("HQ", message.OriginPost);
        Assert.NotEqual(Guid.Empty, message.EventId);
        var surname = mrz.Split('\n')[0][5..].Split("<<")[0].Replace('<', ' ');
        Assert.DoesNotContain(surname, JsonSerializer.Serialize(message), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CheckDocument_command_with_an_image_by_reference_is_checked_once_even_if_sent_twice()
    {
        await using var probe = await MessageProbe.StartAsync<DocumentChecked>(stack.RabbitUri);
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var (image, mrz) = DocumentSamples.CleanIdCard();
        var reference = $"post-oua/{Guid.NewGuid():N}.jpg";
        Directory.CreateDirectory(Path.Combine(stack.DocumentInbox, "post-oua"));
        await File.WriteAllBytesAsync(Path.Combine(stack.DocumentInbox, reference), image);
        var command = new CheckDocument(Guid.NewGuid(), reference, Convert.ToHexStringLower(SHA256.HashData(image)), "OUA", "kiosk.oua",
            ExpectedDocumentType: "id_card");

        await probe.SendAsync(CheckDocumentConsumerDefinition.QueueName, command);
        await probe.SendAsync(CheckDocumentConsumerDefinition.QueueName, command);

        var message = await probe.WaitForAsync(m => m.CheckId == command.CheckId);
        Assert.Equal("clear", message.Verdict);
        Assert.Equal("TD1", message.Format);
        var check = await _client.SendAsync(HttpMethod.Get, $"/api/document-checks/{command.CheckId}", officer);
        var body = await check.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal(mrz.Split('\n'), body!["mrz"]!["lines"]!.AsArray().Select(l => (string)l!));
        // A second check of the redelivered command would be published within this window.
        Assert.True(await Api.HoldsAsync(() => probe.Received.Count(m => m.CheckId == command.CheckId) == 1, TimeSpan.FromSeconds(2)));
    }

    [Theory]
    [InlineData("../../etc/passwd", "image.missing")]
    [InlineData("missing.jpg", "image.missing")]
    [InlineData("wrong-hash.jpg", "image.hash_mismatch")]
    [InlineData("not-an-image.jpg", "image.rejected")]
    public async Task A_command_whose_image_cannot_be_used_still_gets_an_unreadable_answer(string reference, string code)
    {
        await using var probe = await MessageProbe.StartAsync<DocumentChecked>(stack.RabbitUri);
        var content = reference == "not-an-image.jpg" ? "plain text"u8.ToArray() : DocumentSamples.CleanPassport().Bytes;
        await File.WriteAllBytesAsync(Path.Combine(stack.DocumentInbox, "wrong-hash.jpg"), content);
        await File.WriteAllBytesAsync(Path.Combine(stack.DocumentInbox, "not-an-image.jpg"), "plain text"u8.ToArray());
        var hash = reference == "wrong-hash.jpg" ? new string('0', 64) : Convert.ToHexStringLower(SHA256.HashData(content));
        var command = new CheckDocument(Guid.NewGuid(), reference, hash, "OUA", "kiosk.oua");

        await probe.SendAsync(CheckDocumentConsumerDefinition.QueueName, command);

        var message = await probe.WaitForAsync(m => m.CheckId == command.CheckId);
        Assert.Equal("unreadable", message.Verdict);
        Assert.Equal([code], message.FindingCodes);
    }

    [Fact]
    public async Task Checks_made_while_the_broker_is_unreachable_are_published_once_when_it_returns()
    {
        await using var probe = await MessageProbe.StartAsync<DocumentChecked>(stack.RabbitUri);
        var officer = await stack.Tokens.SignInAsync("officer.oua");
        var (image, _) = DocumentSamples.CleanPassport();
        var ids = new List<Guid>();

        stack.DocumentsBrokerLink.Stop();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var response = await _client.SendAsync(HttpMethod.Post, "/api/document-checks", officer, DocumentSamples.Upload(image));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                ids.Add(Guid.Parse((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["checkId"]!));
            }
            Assert.True(await Api.HoldsAsync(() => !probe.Received.Any(m => ids.Contains(m.CheckId)), TimeSpan.FromSeconds(3)));
        }
        finally
        {
            stack.DocumentsBrokerLink.Start();
        }

        foreach (var id in ids)
        {
            await probe.WaitForAsync(m => m.CheckId == id, TimeSpan.FromSeconds(90));
        }
        Assert.True(await Api.HoldsAsync(() => ids.All(id => probe.Received.Count(m => m.CheckId == id) == 1), TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task Headquarters_counts_document_checks_by_verdict_finding_and_post_without_names()
    {
        var officer = stack.Tokens.Mint("officer", "BEL");
        var hq = await stack.Tokens.SignInAsync("hq.analyst");
        var today = Api.Day(0);

        var raised = new List<string>();
        foreach (var image in new[] { DocumentSamples.CleanPassport(1).Bytes, DocumentSamples.Forged().Bytes })
        {
            var response = await _client.SendAsync(HttpMethod.Post, "/api/document-checks", officer, DocumentSamples.Upload(image));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var check = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            raised.AddRange(check["findings"]!.AsArray().Select(f => (string)f!["code"]!).Distinct());
        }
        Assert.NotEmpty(raised); // the forgery raises findings

        // Each check under its verdict, and under each finding code it raised: as many as the checks that raised it.
        var expected = raised.GroupBy(c => c).Select(g => $"document.finding.{g.Key} {g.Count()}")
            .Append("document.clear 1").Append("document.fraudulent 1").Order(StringComparer.Ordinal).ToList();
        List<string> counted = [];
        Assert.True(await Api.EventuallyAsync(async () =>
        {
            var totals = await _client.TotalsAsync(hq, today, today, "BEL");
            counted = [.. totals["rows"]!.AsArray()
                .Where(r => ((string?)r!["category"])!.StartsWith("document.", StringComparison.Ordinal) && !((string?)r!["category"])!.StartsWith("document.review.", StringComparison.Ordinal))
                .Select(r => $"{r!["category"]} {r["count"]}").Order(StringComparer.Ordinal)];
            return counted.SequenceEqual(expected);
        }), $"expected {string.Join(", ", expected)}; counted {string.Join(", ", counted)}");
    }

    [Fact]
    public async Task A_supervisor_s_review_of_a_fraudulent_check_is_counted_at_headquarters()
    {
        var officer = stack.Tokens.Mint("officer", "AAP");
        var upload = await _client.SendAsync(HttpMethod.Post, "/api/document-checks", officer, DocumentSamples.Upload(DocumentSamples.Forged().Bytes));
        var check = (await upload.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("fraudulent", (string?)check["verdict"]);

        var review = await _client.PostJsonAsync($"/api/document-checks/{check["checkId"]}/review", stack.Tokens.Mint("supervisor", "AAP"),
            new JsonObject { ["decision"] = "confirm", ["reason"] = "Chiffre de date de naissance gratté, vu à la loupe." });

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var hq = stack.Tokens.Mint("hq");
        Assert.True(await Api.EventuallyAsync(async () =>
        {
            var totals = await _client.TotalsAsync(hq, Api.Day(0), Api.Day(0), "AAP");
            return totals["rows"]!.AsArray().Any(r => (string?)r!["category"] == "document.review.confirm" && (int)r["count"]! == 1);
        }), "headquarters did not count the review");
    }
}
