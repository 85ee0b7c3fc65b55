using BorderPost.Testing;

namespace BorderPost.Arrests.Tests;

public sealed class MessageTests() : ServiceMessageTests(typeof(ArrestsApp).Assembly, "Texts", "BorderPost.Arrests");
