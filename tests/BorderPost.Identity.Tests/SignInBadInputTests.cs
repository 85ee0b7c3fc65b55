using System.Net;
using System.Net.Http.Json;
using BorderPost.Testing;

namespace BorderPost.Identity.Tests;

public sealed class SignInBadInputTests(IdentityFactory service) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_nul_character_in_a_user_name_is_a_400_naming_it_not_a_database_error()
    {
        using var client = service.CreateClient();

        var signIn = await client.PostAsJsonAsync("/api/auth/token", new { username = "officer\u0000oua", password = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(["username"], (await signIn.ProblemAsync()).ErrorFields());
    }
}
