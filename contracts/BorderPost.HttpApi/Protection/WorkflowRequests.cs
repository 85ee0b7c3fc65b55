namespace BorderPost.HttpApi.Protection;

// The steps of a referral's workflow, as a protection officer's client sends them (acknowledging takes no body).

/// <summary>Where, when (ISO 8601) and to whom the person was handed over.</summary>
public sealed record HandOverRequest(string? Place, string? HandedOverAt, string? ReceivingPerson);

/// <summary>The outcome, one of <see cref="ClosureOutcomes.All"/>, and an optional note.</summary>
public sealed record CloseRequest(string? Outcome, string? Note);

/// <summary>The agency that takes the referral over, and why.</summary>
public sealed record ReassignRequest(string? Agency, string? Reason);
