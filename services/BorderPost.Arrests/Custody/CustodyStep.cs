namespace BorderPost.Arrests.Custody;

/// <summary>
/// A custody step (transfer or release): only a suspect still held can be transferred or released; repeating the same
/// step (a client's retry) answers as the first time did.
/// </summary>
internal static class CustodyStep
{
    public static Decision Decide(Arrest arrest, Func<Arrest, object> step, Func<Arrest, bool> isReplay) => arrest.Custody switch
    {
        SuspectCustody.Held => Decision.Append(step(arrest)),
        _ when isReplay(arrest) => Decision.AlreadyDone,
        SuspectCustody.Transferred => Decision.Refuse(ArrestProblems.AlreadyTransferred),
        _ => Decision.Refuse(ArrestProblems.AlreadyReleased),
    };
}
