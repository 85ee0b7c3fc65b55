using BorderPost.Testing;

namespace BorderPost.Documents.Tests;

public sealed class MessageTests() : ServiceMessageTests(typeof(DocumentsApp).Assembly, "Texts", "BorderPost.Documents");
