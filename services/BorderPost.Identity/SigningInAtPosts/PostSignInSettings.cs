namespace BorderPost.Identity.SigningInAtPosts;

/// <summary>
/// Identity at a post node (<c>SignInAtPost:HeadquartersUrl</c> set): sign-in goes through to headquarters' Identity
/// while the link is up, and a post's own officers and supervisors who signed in here within
/// <see cref="CachedAccountLifetime"/> can still sign in while it is down.
/// </summary>
public sealed class PostSignInSettings
{
    public const string SectionName = "SignInAtPost";

    /// <summary>Headquarters' Identity (or its gateway); empty at headquarters itself.</summary>
    public string HeadquartersUrl { get; set; } = "";

    /// <summary>How long after headquarters last confirmed an account the post still signs it in alone.</summary>
    public TimeSpan CachedAccountLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long a sign-in waits for headquarters before the post answers alone (a slow satellite link).</summary>
    public TimeSpan HeadquartersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The post this node serves (<c>Node:Name</c>): only its own officers and supervisors are kept.</summary>
    public string Post { get; set; } = "";

    public bool AtPost => !string.IsNullOrWhiteSpace(HeadquartersUrl);

    public static PostSignInSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(SectionName).Get<PostSignInSettings>() ?? new PostSignInSettings();
        settings.Post = configuration["Node:Name"] ?? "";
        if (!settings.AtPost)
        {
            return settings;
        }
        if (!Uri.TryCreate(settings.HeadquartersUrl, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"{SectionName}:HeadquartersUrl must be an absolute URL, not '{settings.HeadquartersUrl}'.");
        }
        if (string.IsNullOrWhiteSpace(settings.Post) || settings.Post.Equals("HQ", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{SectionName}:HeadquartersUrl makes this a post's Identity: Node:Name must name the post.");
        }
        if (settings.CachedAccountLifetime <= TimeSpan.Zero || settings.HeadquartersTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{SectionName}: CachedAccountLifetime and HeadquartersTimeout must be positive.");
        }
        return settings;
    }
}
