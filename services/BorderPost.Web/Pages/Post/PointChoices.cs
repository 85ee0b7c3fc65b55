using BorderPost.HttpApi.Crossings;

namespace BorderPost.Web.Pages.Post;

/// <summary>The crossing-point pick-list; when the list cannot be loaded, the post and the point already chosen stay.</summary>
public static class PointChoices
{
    public static IReadOnlyList<(string Id, string Name)> From(ApiResult<List<CrossingPointView>> points, string post, string? chosen)
    {
        var list = points.Ok
            ? (points.Value ?? []).Select(p => (p.Id, p.Name)).Where(p => p.Id.Length > 0).ToList()
            : [(post, post)];
        if (!string.IsNullOrEmpty(chosen) && list.All(p => p.Item1 != chosen))
        {
            list.Add((chosen, chosen));
        }
        return list;
    }
}
