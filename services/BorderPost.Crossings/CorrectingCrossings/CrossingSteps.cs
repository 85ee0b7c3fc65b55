using BorderPost.Crossings.ViewingCrossings;

namespace BorderPost.Crossings.CorrectingCrossings;

/// <summary>How corrections and voids are run against a crossing's stream: only by the crossing's post.</summary>
internal static class CrossingSteps
{
    public static readonly StreamStep<Crossing> OfMyPost = new(
        CrossingProblems.NotFound,
        (http, crossing) => http.User.WorksAt(crossing.PostCode) ? null : CrossingProblems.NotFound(http),
        (crossing, e) => e switch
        {
            CrossingCorrected corrected => crossing.Apply(corrected),
            CrossingVoided voided => crossing.Apply(voided),
            _ => crossing,
        },
        CrossingAnswers.View,
        CrossingProblems.ChangedMeanwhile);
}
