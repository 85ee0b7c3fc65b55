using BorderPost.ServiceDefaults.Authentication;

namespace BorderPost.Identity.Tests;

public class JwtSettingsTests
{
    [Fact]
    public void The_demo_key_is_refused_outside_development()
    {
        var settings = new JwtSettings { SigningKey = JwtSettings.DemoSigningKey };
        settings.EnsureUsable(isDevelopment: true);
        Assert.Throws<InvalidOperationException>(() => settings.EnsureUsable(isDevelopment: false));
    }

    [Theory]
    [InlineData("")]
    [InlineData("too-short-key")]
    public void Missing_or_short_keys_are_refused(string key)
    {
        Assert.Throws<InvalidOperationException>(() => new JwtSettings { SigningKey = key }.EnsureUsable(true));
    }
}
