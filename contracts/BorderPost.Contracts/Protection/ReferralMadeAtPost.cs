using System.Text.Json;

namespace BorderPost.Contracts.Protection;

/// <summary>
/// An officer at a post node referred a person (its link to headquarters may have been down): everything
/// headquarters' Protection needs to open the referral <paramref name="ReferralId"/> as if the officer had made it
/// there, with the deadline running from <paramref name="ReferredAt"/>. Sent up from the post to headquarters'
/// Protection only (it names the person); what other services see of the referral is <see cref="ReferralOpened"/>,
/// which headquarters publishes once it has kept it. The referral id makes it idempotent.
/// <paramref name="Kind"/> is <c>minor</c> or <c>victim</c>; <paramref name="AgencyChosen"/> when the officer named the
/// agency rather than taking the post's default. <paramref name="Details"/> is Protection's own record of what is
/// known of the person (names, needs, indicators, family), read by Protection alone.
/// </summary>
public sealed record ReferralMadeAtPost(
    Guid ReferralId,
    string Post,
    string Kind,
    string Agency,
    bool AgencyChosen,
    Guid? ArrestId,
    JsonElement Details,
    string ReferredBy,
    DateTimeOffset ReferredAt);
