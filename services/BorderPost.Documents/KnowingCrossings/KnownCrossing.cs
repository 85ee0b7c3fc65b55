namespace BorderPost.Documents.KnowingCrossings;

/// <summary>
/// The post of a crossing the Documents service has heard of (from <c>CrossingRecorded</c>): a check may only cite a
/// crossing of its own post. A crossing not heard of yet (its message may still be on its way) is not judged.
/// </summary>
public sealed record KnownCrossing(Guid Id, string PostCode)
{
    public static readonly BorderPost.ServiceDefaults.Http.LocalizedText OtherPosts = Texts.Get("KnownCrossing.OtherPosts");

    public static async Task<bool> IsOtherPostsAsync(Marten.IQuerySession session, Guid? crossingId, string post, CancellationToken ct) =>
        crossingId is { } id && await session.LoadAsync<KnownCrossing>(id, ct) is { } crossing && crossing.PostCode != post;
}
