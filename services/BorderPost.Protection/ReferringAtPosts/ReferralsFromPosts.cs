using System.Text.Json;
using System.Text.Json.Serialization;
using BorderPost.Protection.Referring;
using Integration = BorderPost.Contracts.Protection;

namespace BorderPost.Protection.ReferringAtPosts;

/// <summary>An officer's referral made at a post node as it goes up to headquarters, and as headquarters reads it back.</summary>
public static class ReferralsFromPosts
{
    // Codes as words, so that a reordered enumeration in either node's version reads the same.
    private static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static Integration.ReferralMadeAtPost Sent(Referred e) =>
        new(e.ReferralId, e.PostCode, EnumText.ToWire(e.Kind), e.Agency,
            e.Agency != Agencies.DefaultFor(e.Kind == ReferralKind.Minor, e.PostCode), e.ArrestId,
            JsonSerializer.SerializeToElement(e.Details ?? throw new ArgumentException("A referral without details is not an officer's", nameof(e)), Wire),
            e.ReferredBy, e.ReferredAt);

    /// <summary>The referral as headquarters keeps it, or null when it carries a code or a shape this version does not know.</summary>
    public static ValidReferral? Received(Integration.ReferralMadeAtPost m)
    {
        if (!EnumText.TryParse<ReferralKind>(m.Kind, out var kind) || m.Details.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        try
        {
            var details = m.Details.Deserialize<ReferralDetails>(Wire);
            return details?.Person is null ? null : new ValidReferral(m.ReferralId, kind, m.Post, m.Agency, m.AgencyChosen, m.ArrestId, details);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
