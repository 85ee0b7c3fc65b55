using BorderPost.Identity.IssuingTokens;
using BorderPost.Identity.ManagingUsers;
using BorderPost.Identity.SigningInAtPosts;
using BorderPost.Identity.Users;
using BorderPost.ServiceDefaults.EventStore;
using BorderPost.ServiceDefaults.Messaging;
using JasperFx.Events.Daemon;
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
        var atPost = PostSignInSettings.From(builder.Configuration);
        builder.Services.AddSingleton(atPost);
        if (atPost.AtPost)
        {
            // A post's Identity: accounts live at headquarters; the post keeps only what signing in alone needs.
            builder.Services.AddHttpClient<HeadquartersSignIn>(http =>
            {
                http.BaseAddress = new Uri(atPost.HeadquartersUrl);
                http.Timeout = atPost.HeadquartersTimeout;
            });
        }
        else
        {
            builder.Services.AddHostedService<DemoUsers>();
            builder.Services.AddHostedService<FirstAdmin>();
        }
        // Account changes go down to the posts (each post forgets what it kept of a changed account); a post's Identity
        // consumes them, headquarters' binds a queue it drains so the exchange exists before any post links to it.
        builder.AddBorderPostMessaging(bus => bus.AddConsumer<AccountChangedConsumer>(typeof(AccountChangedConsumerDefinition)));
        builder.AddBorderPostMarten("identity", options =>
            {
                options.Schema.For<UserAccount>().UseOptimisticConcurrency(true);
                options.Schema.For<SignInFailures>().UseOptimisticConcurrency(true);
                options.Schema.For<CachedAccount>();
            })
            // HotCold: any number of instances; one at a time runs the outbox (docs/decisions/0001).
            .AddAsyncDaemon(DaemonMode.HotCold)
            .AddSubscriptionWithServices<AccountChangeRelay>(ServiceLifetime.Singleton);
        return builder;
    }

    public static WebApplication MapIdentity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<PostSignInSettings>().AtPost)
        {
            // Users, passwords and the sign-in log are headquarters' (the post's gateway sends those paths there).
            app.MapSignInAtPost();
            app.MapListPostAccounts();
            app.MapPublishKeys();
            app.MapWhoAmI();
            return app;
        }
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
