namespace BorderPost.Documents.Mrz;

/// <summary>ICAO Doc 9303 machine-readable zone layouts. Callers serialise them as TD1, TD2, TD3, MRVA and MRVB.</summary>
public enum MrzFormat
{
    /// <summary>Identity card size: three lines of 30 characters.</summary>
    Td1,

    /// <summary>Official travel document: two lines of 36 characters.</summary>
    Td2,

    /// <summary>Passport: two lines of 44 characters.</summary>
    Td3,

    /// <summary>Visa, format A: two lines of 44 characters, document code starting with V.</summary>
    MrvA,

    /// <summary>Visa, format B: two lines of 36 characters, document code starting with V.</summary>
    MrvB,
}
