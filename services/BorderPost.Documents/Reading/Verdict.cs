namespace BorderPost.Documents.Reading;

/// <summary>What the officer is told about a document.</summary>
public enum Verdict
{
    /// <summary>The MRZ was read and is consistent.</summary>
    Clear,

    /// <summary>Read, but something needs a closer look (e.g. an unknown country code, misplaced fillers).</summary>
    Suspicious,

    /// <summary>Read with confidence, and the MRZ contradicts itself (a check digit, an impossible date).</summary>
    Fraudulent,

    /// <summary>Could not be read reliably: retake the picture.</summary>
    Unreadable,
}
