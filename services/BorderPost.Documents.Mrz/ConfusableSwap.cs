namespace BorderPost.Documents.Mrz;

/// <summary>One candidate change: a confusable character at a line position and what it may stand for.</summary>
internal readonly record struct ConfusableSwap(int Line, int Position, char To);
