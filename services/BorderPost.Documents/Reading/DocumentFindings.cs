namespace BorderPost.Documents.Reading;

/// <summary>Finding codes the reading adds to the parser's <c>mrz.*</c> codes.</summary>
public static class DocumentFindings
{
    public const string MrzNotFound = "image.mrz_not_found";
    public const string Blurry = "image.blurry";
    public const string Glare = "image.glare";
    public const string TooSmall = "image.too_small";
    public const string UnreliableRead = "mrz.unreliable_read";
    public const string Repaired = "mrz.repaired";
    public const string TypeMismatch = "document.type_mismatch";
    public const string ImageMissing = "image.missing";
    public const string ImageHashMismatch = "image.hash_mismatch";
    public const string ImageRejected = "image.rejected";
}
