namespace BorderPost.Documents.Mrz;

/// <summary>One problem found in a machine-readable zone.</summary>
/// <param name="Code">Stable code, one of <see cref="MrzFindingCodes"/>.</param>
/// <param name="Severity">How much the problem matters.</param>
/// <param name="Field">The field concerned (camelCase, see <see cref="MrzFieldNames"/>), if any.</param>
/// <param name="Detail">A human-readable explanation; not meant to be parsed.</param>
public sealed record MrzFinding(string Code, MrzSeverity Severity, string? Field = null, string? Detail = null);
