namespace BorderPost.Web.Pages.Post;

/// <summary>What the person-row partial needs: the row, its form name (<c>F.Children[0]</c>), its errors' prefix and title.</summary>
public sealed record PersonRowView(PersonRow Row, string Name, string ErrorPrefix, ConsolePage Page, string Title, bool ChooseKind = false)
{
    public string Id => Name.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal).ToLowerInvariant();

    public IEnumerable<string> Errors(string field) => Page.ErrorsOf(ErrorPrefix + field);

    public string? Invalid(string field) => Page.Invalid(ErrorPrefix + field) ? "true" : null;
}
