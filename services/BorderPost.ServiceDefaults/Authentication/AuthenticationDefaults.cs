using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace BorderPost.ServiceDefaults.Authentication;

public static class AuthenticationDefaults
{
    /// <summary>The one address a token of a user who must change their password opens.</summary>
    public const string PasswordChangePath = "/api/auth/password";

    /// <summary>
    /// JWT bearer validation with a fallback policy that requires an authenticated user:
    /// an endpoint is closed unless it says otherwise.
    /// </summary>
    public static IHostApplicationBuilder AddBorderPostAuthentication(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(JwtSettings.SectionName).Get<JwtSettings>() ?? new JwtSettings();
        var keys = settings.LoadPublicKeys();
        builder.Services.AddSingleton(settings);

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // Each token is checked in full once per process, then remembered until it expires.
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new RememberingTokenHandler(TimeProvider.System));
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    // Identity's public keys only: a token signed with anything else (a symmetric key, "alg": "none")
                    // is refused.
                    IssuerSigningKeys = keys,
                    ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
                    ClockSkew = TimeSpan.FromSeconds(30),
                    RoleClaimType = BorderPostClaims.Role,
                    NameClaimType = BorderPostClaims.Subject,
                };
                options.Events = new JwtBearerEvents
                {
                    // A password an admin set must be changed by its owner before the token opens anything else: an
                    // admin who knows it cannot act as the owner.
                    OnTokenValidated = context =>
                    {
                        if (context.Principal?.HasClaim(BorderPostClaims.PasswordChangeRequired, "true") == true
                            && !context.HttpContext.Request.Path.Equals(PasswordChangePath, StringComparison.OrdinalIgnoreCase))
                        {
                            context.Fail("The password must be changed first.");
                        }
                        return Task.CompletedTask;
                    },
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }
}
