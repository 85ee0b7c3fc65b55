using BorderPost.Identity.IssuingTokens;
using BorderPost.Identity.ManagingUsers;
using BorderPost.Identity.Users;
using BorderPost.ServiceDefaults.EventStore;
using Microsoft.AspNetCore.Identity;

namespace BorderPost.Identity;

public static class IdentitySetup
{
    public static IHostApplicationBuilder AddIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SignInThrottle>(builder.Configuration.GetSection(SignInThrottle.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddAuthorizationBuilder().AddBorderPostPolicies();
        builder.Services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddHostedService<DemoUsers>();
        builder.Services.AddHostedService<FirstAdmin>();
        builder.AddBorderPostMarten("identity", options =>
        {
            options.Schema.For<UserAccount>().UseOptimisticConcurrency(true);
            options.Schema.For<SignInFailures>().UseOptimisticConcurrency(true);
        });
        return builder;
    }

    public static WebApplication MapIdentity(this WebApplication app)
    {
        app.MapIssueToken();
        app.MapPublishKeys();
        app.MapWhoAmI();
        app.MapChangePassword();
        app.MapManageUsers();
        app.MapListSignInAttempts();
        app.MapListAdministration();
        return app;
    }
}
