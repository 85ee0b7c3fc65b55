namespace BorderPost.Web.Pages.Post;

/// <summary>The identity fields shared by the crossing form (the traveller) and the arrest form (the suspect).</summary>
public abstract class PersonFields
{
    public string? Surname { get; set; }
    public string? GivenNames { get; set; }
    public string? Sex { get; set; }
    public string? DateOfBirth { get; set; }
    public int? EstimatedAge { get; set; }
    public string? Nationality { get; set; } = "HTI";
}

/// <summary>What the person-fields partial needs: the fields, the API's error prefix (<c>traveller.</c>, <c>suspect.</c>), the page.</summary>
public sealed record PersonFieldsView(PersonFields Fields, string ErrorPrefix, ConsolePage Page);
