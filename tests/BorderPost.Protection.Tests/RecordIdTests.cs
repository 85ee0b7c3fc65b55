using System.Text.Json.Nodes;
using BorderPost.Testing;

namespace BorderPost.Protection.Tests;

/// <summary>The all-zero GUID is no referral's id: with a valid body, every step answers it as an unknown id.</summary>
public sealed class RecordIdTests(ProtectionFactory service) : IClassFixture<ProtectionFactory>
{
    private static readonly Guid Zero = Guid.Empty;
    private readonly HttpClient _client = service.CreateClient();
    private static string Now => DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");

    public static TheoryData<string> Steps =>
    [
        "/api/referrals/{id}/acknowledge", "/api/referrals/{id}/handover", "/api/referrals/{id}/close", "/api/referrals/{id}/reassign",
    ];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_step_on_the_all_zero_id_is_a_404_problem_not_a_500(string step)
    {
        var (token, body) = Request(step);
        await _client.AssertStepOnZeroIdIsNotFoundAsync(step, token, body);
    }

    // Bodies the endpoints accept: each would go on to look the record up.
    private (string Token, JsonNode? Body) Request(string step) => (service.Mint("protection", agency: "IBESR-OU"), step switch
    {
        "/api/referrals/{id}/acknowledge" => null,
        "/api/referrals/{id}/handover" => new JsonObject { ["place"] = "Bureau IBESR", ["handedOverAt"] = Now, ["receivingPerson"] = "Mme Charles" },
        "/api/referrals/{id}/close" => new JsonObject { ["outcome"] = "family_reunified", ["note"] = "Mère retrouvée" },
        _ => new JsonObject { ["agency"] = "IBESR-NE", ["reason"] = "Famille à Fort-Liberté" },
    });
}
