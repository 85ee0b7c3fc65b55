using BorderPost.Testing;

namespace BorderPost.Protection.Tests;

public sealed class MessageTests() : ServiceMessageTests(typeof(ProtectionApp).Assembly, "Texts", "BorderPost.Protection");
