using BorderPost.Testing;

namespace BorderPost.Reporting.Tests;

public sealed class MessageTests() : ServiceMessageTests(typeof(ReportingApp).Assembly, "Texts", "BorderPost.Reporting");
