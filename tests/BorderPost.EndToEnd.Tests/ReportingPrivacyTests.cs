using System.Net;
using System.Text.Json.Nodes;
using BorderPost.Testing;
using Npgsql;

namespace BorderPost.EndToEnd.Tests;

/// <summary>
/// Headquarters gets counts, never identities: after a crossing, an arrest and a victim's referral with names, document
/// numbers and a birth date of their own have been counted, none of them is anywhere in Reporting's schema or answers.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ReportingPrivacyTests(BorderPostStack stack)
{
    private static readonly string[] Identities = ["ZANMITESTE", "KOKOYEMARI", "ZZ9876543", "1987-06-15", "DORVILUSTEST", "YY1234987", "ANOUCHKATEST"];

    private readonly HttpClient _client = stack.CreateClient();

    [Fact]
    public async Task Nothing_counted_carries_a_name_a_document_number_or_a_birth_date()
    {
        var officer = stack.Tokens.Mint("officer", "AAP");
        var hq = stack.Tokens.Mint("hq");
        var day = Api.Day(71);
        var crossing = Api.Crossing(day, "AAP");
        crossing["traveller"] = new JsonObject
        {
            ["surname"] = Identities[0],
            ["givenNames"] = Identities[1],
            ["sex"] = "F",
            ["dateOfBirth"] = Identities[3],
            ["nationality"] = "HTI",
        };
        crossing["document"]!["number"] = Identities[2];
        var arrest = ProtectionApi.Arrest(day, "AAP");
        arrest["suspect"]!["surname"] = Identities[4];
        arrest["suspect"]!["document"]!["number"] = Identities[5];
        var victim = ProtectionApi.Victim(Guid.NewGuid(), "AAP");
        victim["person"]!["surname"] = Identities[6];

        Assert.Equal(HttpStatusCode.Created, (await _client.RecordAsync(officer, crossing)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/arrests", officer, arrest)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/referrals", officer, victim)).StatusCode);
        var query = $"from={day:yyyy-MM-dd}&to={Api.Day(0):yyyy-MM-dd}&post=AAP&by=sex,ageBand"; // a referral counts on the day it is made
        Assert.True(await Api.EventuallyAsync(async () =>
        {
            var rows = (await _client.GetJsonAsync($"/api/reports/totals?{query}", hq))["rows"]!.AsArray();
            return rows.Any(r => (string)r!["category"]! == "crossing.entry" && (string?)r["sex"] == "F")
                && rows.Any(r => (string)r!["category"]! == "arrest.persons" && (string?)r["ageBand"] == "18-59")
                && rows.Any(r => (string)r!["category"]! == "referral.victim.referred");
        }), "headquarters did not count the three records by sex and age band");

        var answers = (await (await _client.SendAsync(HttpMethod.Get, $"/api/reports/totals?{query}", hq)).Content.ReadAsStringAsync())
            + await (await _client.SendAsync(HttpMethod.Get, $"/api/reports/totals.csv?{query}", hq)).Content.ReadAsStringAsync();
        var stored = await ReportingSchemaAsTextAsync();

        Assert.All(Identities, identity =>
        {
            Assert.DoesNotContain(identity, answers, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(identity, stored, StringComparison.OrdinalIgnoreCase);
        });
    }

    /// <summary>Every row of every table in Reporting's schema, as text.</summary>
    private async Task<string> ReportingSchemaAsTextAsync()
    {
        var schema = stack.Access("reporting").Schema;
        await using var connection = new NpgsqlConnection(TestSettings.PostgresAdmin + ";Pooling=false");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = @schema", connection))
        {
            list.Parameters.AddWithValue("schema", schema);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        Assert.NotEmpty(tables);
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand($"SELECT t::text FROM \"{schema}\".\"{table}\" t", connection);
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendLine(reader.GetString(0));
            }
        }
        Assert.Contains("crossing.entry", text.ToString(), StringComparison.Ordinal); // the scan did read the counts
        return text.ToString();
    }
}
