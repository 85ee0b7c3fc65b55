using BorderPost.Arrests.ViewingArrests;

namespace BorderPost.Arrests;

/// <summary>How corrections and custody steps are run against an arrest's stream: only by the arrest's post.</summary>
internal static class ArrestSteps
{
    public static readonly StreamStep<Arrest> OfMyPost = new(
        ArrestProblems.NotFound,
        (http, arrest) => http.User.WorksAt(arrest.PostCode) ? null : ArrestProblems.NotFound(http),
        (arrest, e) => e switch
        {
            ArrestCorrected corrected => arrest.Apply(corrected),
            SuspectTransferred transferred => arrest.Apply(transferred),
            SuspectReleased released => arrest.Apply(released),
            _ => arrest,
        },
        ArrestAnswers.View,
        ArrestProblems.ChangedMeanwhile);
}
