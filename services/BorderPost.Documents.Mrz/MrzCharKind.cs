namespace BorderPost.Documents.Mrz;

/// <summary>What a field may hold, which tells the repairer how to read confusable characters.</summary>
internal enum MrzCharKind
{
    /// <summary>Letters and fillers only: document code, country codes, names.</summary>
    Letters,

    /// <summary>Digits (or fillers for unknown parts): dates.</summary>
    Digits,

    /// <summary>Letters, digits and fillers: document number, optional data.</summary>
    Alphanumeric,

    /// <summary>M, F, X or filler.</summary>
    Sex,
}
