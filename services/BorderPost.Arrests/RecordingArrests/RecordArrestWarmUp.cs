namespace BorderPost.Arrests.RecordingArrests;

/// <summary>
/// An arrest with a child to refer, validated and started as <see cref="RecordArrest"/> does, for the warm-up write
/// made and rolled back at start (<see cref="WarmingUp"/>): an arrest is the write that must not wait when crossings
/// come in a burst.
/// </summary>
public static class RecordArrestWarmUp
{
    public const string Post = "OUA";

    /// <summary>
    /// Connections Arrests keeps open from its start: arrests, the referrals' progress and the relay each find one in a
    /// burst instead of opening a new one (0.3 to 0.5 s then).
    /// </summary>
    public const int Connections = 4;

    public static void Write(IDocumentSession session, DateTimeOffset now)
    {
        var request = new ArrestRequest(
            Guid.NewGuid(), Post, now.AddMinutes(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            new PlaceRequest(Post, "Warm-up"),
            new SuspectRequest("WARMUP", "SUSPECT", "M", null, 35, "HTI", null, ""),
            ["migrant_smuggling"], "", null, null, [], [],
            [new PersonToReferRequest(Guid.NewGuid(), "minor", null)]);
        var errors = new FieldErrors();
        var details = ArrestValidation.Validate(request, now, errors)
            ?? throw new InvalidOperationException("The warm-up arrest is not valid: " + string.Join(", ", errors.Fields));
        var recorded = new ArrestRecorded(request.Id!.Value, details, "warm-up", now);
        session.Events.StartStream<Arrest>(recorded.ArrestId, recorded);
    }
}
