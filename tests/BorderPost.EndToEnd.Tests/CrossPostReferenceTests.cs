using System.Net;
using BorderPost.Testing;
using Npgsql;

namespace BorderPost.EndToEnd.Tests;

/// <summary>
/// A record may only cite a record of its own post: a referral another post's arrest, a document check another post's
/// crossing. Each service learns the other's posts from the events it receives.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class CrossPostReferenceTests(BorderPostStack stack)
{
    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task A_referral_citing_another_posts_arrest_is_refused_and_one_citing_its_own_posts_is_accepted()
    {
        var malpasse = stack.Tokens.Mint("officer", "MAL");
        var ouanaminthe = stack.Tokens.Mint("officer", "OUA");
        var arrest = ProtectionApi.Arrest(Api.Day(9), "MAL");
        var arrestId = Guid.Parse((string)arrest["id"]!);
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/arrests", malpasse, arrest)).StatusCode);
        Assert.True(await Api.EventuallyAsync(() => KnownAsync("protection", "mt_doc_knownarrest", arrestId)), "Protection never heard of the arrest");

        var refused = await _client.PostJsonAsync("/api/referrals", ouanaminthe, ProtectionApi.Victim(Guid.NewGuid(), "OUA", arrestId), "en");
        var accepted = await _client.PostJsonAsync("/api/referrals", malpasse, ProtectionApi.Victim(Guid.NewGuid(), "MAL", arrestId));
        var notHeardOfYet = await _client.PostJsonAsync("/api/referrals", ouanaminthe, ProtectionApi.Victim(Guid.NewGuid(), "OUA", Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.ProblemAsync();
        Assert.Equal(["arrestId"], problem.ErrorFields());
        Assert.Contains("another post", problem.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Created, notHeardOfYet.StatusCode);
    }

    [Fact]
    public async Task A_document_check_citing_another_posts_crossing_is_refused_and_one_citing_its_own_posts_is_accepted()
    {
        var malpasse = stack.Tokens.Mint("officer", "MAL");
        var ouanaminthe = stack.Tokens.Mint("officer", "OUA");
        var crossingId = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(ouanaminthe, Api.Crossing(Api.Day(10), "OUA", id: crossingId))).StatusCode);
        Assert.True(await Api.EventuallyAsync(() => KnownAsync("documents", "mt_doc_knowncrossing", crossingId)), "Documents never heard of the crossing");
        // A passport no test reads at another post: the same document at two posts within hours is itself reported.
        var (image, _) = DocumentSamples.CleanPassport(4);

        using var refused = await UploadAsync(malpasse, DocumentSamples.Upload(image, fields: [("crossingId", crossingId.ToString())]));
        using var accepted = await UploadAsync(ouanaminthe, DocumentSamples.Upload(image, fields: [("crossingId", crossingId.ToString())]));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["crossingId"], (await refused.ProblemAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    private async Task<HttpResponseMessage> UploadAsync(string token, MultipartFormDataContent form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/document-checks") { Content = form };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd("en");
        return await _client.SendAsync(request);
    }

    private async Task<bool> KnownAsync(string service, string table, Guid id)
    {
        await using var connection = new NpgsqlConnection(TestSettings.PostgresAdmin + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select count(*) from information_schema.tables where table_schema = @schema and table_name = @table", connection);
        command.Parameters.AddWithValue("schema", stack.Access(service).Schema);
        command.Parameters.AddWithValue("table", table);
        if ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            return false;
        }
        await using var row = new NpgsqlCommand($"select count(*) from {stack.Access(service).Schema}.{table} where id = @id", connection);
        row.Parameters.AddWithValue("id", id);
        return (long)(await row.ExecuteScalarAsync())! > 0;
    }
}
