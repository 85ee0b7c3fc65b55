using BorderPost.Testing;
using BorderPost.ServiceDefaults.Http;

namespace BorderPost.Crossings.Tests;

public sealed class MessageTests() : ServiceMessageTests(typeof(CrossingsApp).Assembly, "Texts", "BorderPost.Crossings");

/// <summary>The messages every service shares, named anywhere in <c>services/</c>.</summary>
public sealed class CommonMessageTests() : ServiceMessageTests(typeof(CommonText).Assembly, "CommonText",
    [.. Directory.EnumerateDirectories(Services).Select(d => Path.GetFileName(d))]);
