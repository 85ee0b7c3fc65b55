using BorderPost.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace BorderPost.ServiceDefaults.Authentication;

/// <summary>
/// A post node serves its own post (<c>Node:Name</c>): a caller whose token names another post is refused with a 403
/// problem on every endpoint, so no other post's record is written into this post's store, read from it, or forwarded
/// from it as this post's. Callers bound to no post (headquarters' roles) and anonymous endpoints (health, sign-in)
/// pass; at headquarters (<c>Node:Name</c> unset or <c>HQ</c>) nothing is checked.
/// </summary>
public static class ServingOnePost
{
    public const string NodeNameSetting = "Node:Name";

    public static LocalizedText OtherPostsNode(string node, string own) => CommonText.Get("ServingOnePost.OtherPostsNode", node, own);

    /// <summary>The post this node serves, or null at headquarters.</summary>
    public static string? PostOf(IConfiguration configuration) =>
        configuration[NodeNameSetting] is { Length: > 0 } name && !string.Equals(name, "HQ", StringComparison.OrdinalIgnoreCase)
            ? name
            : null;

    public static bool Refuses(string? nodePost, string? callersPost) =>
        nodePost is not null && callersPost is not null && !string.Equals(nodePost, callersPost, StringComparison.OrdinalIgnoreCase);

    public static WebApplication UseOwnPostOnly(this WebApplication app)
    {
        if (PostOf(app.Configuration) is not { } nodePost)
        {
            return app;
        }
        app.Use(async (http, next) =>
        {
            if (http.User.PostCode() is { } own && Refuses(nodePost, own))
            {
                await Problems.Status(http, StatusCodes.Status403Forbidden, OtherPostsNode(nodePost, own)).ExecuteAsync(http);
                return;
            }
            await next(http);
        });
        return app;
    }
}
