using BorderPost.Testing;

namespace BorderPost.Identity.Tests;

public sealed class MessageTests() : ServiceMessageTests(typeof(IdentityApp).Assembly, "Texts", "BorderPost.Identity");
