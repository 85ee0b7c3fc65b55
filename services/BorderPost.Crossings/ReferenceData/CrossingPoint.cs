namespace BorderPost.Crossings.ReferenceData;

public enum CrossingPointKind { OfficialPost, Unofficial }

/// <summary>
/// A place where people cross: one of the four official posts (its code is the post code) or an unofficial
/// point watched from a post (<see cref="PostCode"/>).
/// </summary>
public sealed record CrossingPoint(string Id, string Name, CrossingPointKind Kind, string PostCode, string Department)
{
    public CrossingPointView ToView() => new(Id, Name, EnumText.ToWire(Kind), PostCode, Department);
}
