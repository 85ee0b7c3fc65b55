namespace BorderPost.Documents.Mrz;

/// <summary>How much a finding about a machine-readable zone matters.</summary>
public enum MrzSeverity
{
    /// <summary>Worth knowing; no action needed.</summary>
    Info,

    /// <summary>Unusual; the document may still be genuine.</summary>
    Warning,

    /// <summary>The zone is not consistent; the document must not be trusted as read.</summary>
    Critical,
}
