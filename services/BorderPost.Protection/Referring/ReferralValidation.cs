using System.Text.RegularExpressions;
using BorderPost.Protection.Inbox;
using M = BorderPost.Protection.Referring.ReferralMessages;

namespace BorderPost.Protection.Referring;

/// <summary>
/// A validated referral: who refers whom, to which agency (<see cref="AgencyChosen"/> when the officer named it rather
/// than taking the post's default), and what is known of the person.
/// </summary>
public sealed record ValidReferral(Guid Id, ReferralKind Kind, string PostCode, string Agency, bool AgencyChosen, Guid? ArrestId, ReferralDetails Details);

/// <summary>Turns an officer's request into a <see cref="ValidReferral"/>, or names every bad field.</summary>
public static partial class ReferralValidation
{
    public static ValidReferral? Validate(ReferralRequest r, DateOnly today, FieldErrors errors)
    {
        var id = FieldRules.ClientId(r.Id, errors);
        var kind = FieldRules.RequiredEnum<ReferralKind>(r.Kind, "kind", errors);
        var post = FieldRules.Post(r.PostCode, "postCode", errors);
        var agency = ValidateAgency(r.Agency, kind, post, errors);
        var person = PersonRules.Validate(r.Person, "person", today, errors,
            nameRequired: false, nationalityRequired: false, birthOrAgeRequired: kind == ReferralKind.Victim);
        var ageBand = ValidateAgeBand(r, kind, today, errors);
        var language = FieldRules.Required(r.Language, "language", errors)?.ToLowerInvariant();
        if (language is not null && !LanguagePattern().IsMatch(language))
        {
            errors.Add("language", M.Language);
        }
        var needs = FieldRules.EnumList<Need>(r.Needs, "needs", errors, required: false);
        var remarks = FieldRules.Text(r.Remarks, "remarks", errors);
        var victim = kind == ReferralKind.Victim ? ValidateVictim(r.Victim, errors) : null;
        var minor = kind == ReferralKind.Minor ? ValidateMinor(r.Minor, errors) : null;
        if (kind == ReferralKind.Victim && r.Minor is not null)
        {
            errors.Add("minor", M.NotForThisKind);
        }
        if (kind == ReferralKind.Minor && r.Victim is not null)
        {
            errors.Add("victim", M.NotForThisKind);
        }
        foreach (var (linked, field) in new[] { (r.ArrestId, "arrestId"), (r.CrossingId, "crossingId") })
        {
            if (linked == Guid.Empty)
            {
                errors.Add(field, FieldMessages.EmptyId);
            }
        }

        if (errors.Any)
        {
            return null;
        }
        var p = person!;
        return new ValidReferral(id!.Value, kind!.Value, post!, agency!, !string.IsNullOrWhiteSpace(r.Agency), r.ArrestId,
                new ReferralDetails(new ReferredPerson(p.Surname, p.GivenNames, p.Sex, p.DateOfBirth, p.EstimatedAge, p.Nationality), ageBand, r.IdentityEstimated ?? false, language!, needs!, remarks!, r.CrossingId, victim, minor));
    }

    private static string? ValidateAgency(string? text, ReferralKind? kind, string? post, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return kind is null || post is null ? null : Agencies.DefaultFor(kind == ReferralKind.Minor, post);
        }
        var agency = text.Trim().ToUpperInvariant();
        if (!Agencies.IsKnown(agency))
        {
            errors.Add("agency", M.UnknownAgency);
            return null;
        }
        if (kind is { } k && !AgencyServes(agency, k))
        {
            errors.Add("agency", FieldMessages.AgencyFor(minor: k == ReferralKind.Minor));
            return null;
        }
        return agency;
    }

    public static bool AgencyServes(string? agency, ReferralKind kind) => Agencies.Serves(agency, minor: kind == ReferralKind.Minor);

    private static string? ValidateAgeBand(ReferralRequest r, ReferralKind? kind, DateOnly today, FieldErrors errors)
    {
        var band = string.IsNullOrWhiteSpace(r.AgeBand) ? null : r.AgeBand.Trim();
        if (band is not null && !AgeBands.Minor.Contains(band))
        {
            errors.Add("ageBand", M.AgeBand);
            return null;
        }
        if (kind != ReferralKind.Minor || r.Person is null)
        {
            return band;
        }
        if (r.Person.DateOfBirth is null && r.Person.EstimatedAge is null && band is null)
        {
            errors.Add("person.dateOfBirth", M.AgeOfMinor);
        }
        if (PersonRules.AgeOn(today, r.Person.DateOfBirth, r.Person.EstimatedAge) >= 18)
        {
            errors.Add(r.Person.DateOfBirth is null ? "person.estimatedAge" : "person.dateOfBirth", M.NotAMinor);
        }
        return band;
    }

    private static VictimDetails? ValidateVictim(VictimRequest? v, FieldErrors errors)
    {
        if (v is null)
        {
            errors.Add("victim", FieldMessages.Required);
            return null;
        }
        var indicators = FieldRules.EnumList<TraffickingIndicator>(v.Indicators, "victim.indicators", errors, required: true);
        if (v.ConsentToReferral is null)
        {
            errors.Add("victim.consentToReferral", FieldMessages.Required);
        }
        return indicators is null || v.ConsentToReferral is null ? null : new VictimDetails(indicators, v.ConsentToReferral.Value);
    }

    private static MinorDetails? ValidateMinor(MinorRequest? m, FieldErrors errors)
    {
        if (m is null)
        {
            errors.Add("minor", FieldMessages.Required);
            return null;
        }
        FoundAt? foundAt = null;
        if (m.FoundAt is null)
        {
            errors.Add("minor.foundAt", FieldMessages.Required);
        }
        else
        {
            var place = FieldRules.Name(m.FoundAt.Place, "minor.foundAt.place", required: true, errors);
            var how = FieldRules.RequiredEnum<FoundHow>(m.FoundAt.How, "minor.foundAt.how", errors);
            var description = FieldRules.Text(m.FoundAt.Description, "minor.foundAt.description", errors, 1000);
            foundAt = place is null || how is null || description is null ? null : new FoundAt(place, how.Value, description);
        }
        var adult = m.AccompanyingAdult is not { } a ? null : ValidateAdult(a, "minor.accompanyingAdult", errors);
        var family = m.Family is not { } f ? null : ValidateFamily(f, errors);
        return foundAt is null || (m.AccompanyingAdult is not null && adult is null) || (m.Family is not null && family is null)
            ? null
            : new MinorDetails(foundAt, adult, family);
    }

    /// <summary>The adult a child was found with; <paramref name="prefix"/> names the fields (<c>minor.accompanyingAdult</c>).</summary>
    public static AccompanyingAdult? ValidateAdult(AdultRequest a, string prefix, FieldErrors errors)
    {
        var name = FieldRules.Optional(a.Name, $"{prefix}.name", errors);
        var relationship = FieldRules.Optional(a.Relationship, $"{prefix}.relationship", errors);
        if (a.ArrestId == Guid.Empty)
        {
            errors.Add($"{prefix}.arrestId", FieldMessages.EmptyId);
            return null;
        }
        return name is null || relationship is null ? null : new AccompanyingAdult(name, relationship, a.Arrested ?? a.ArrestId is not null, a.ArrestId);
    }

    private static FamilyContact? ValidateFamily(FamilyRequest f, FieldErrors errors)
    {
        var name = FieldRules.Optional(f.Name, "minor.family.name", errors);
        var relationship = FieldRules.Optional(f.Relationship, "minor.family.relationship", errors);
        var phone = FieldRules.Optional(f.Phone, "minor.family.phone", errors, 30);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            errors.Add("minor.family.phone", M.Phone);
            phone = null;
        }
        var address = FieldRules.Text(f.Address, "minor.family.address", errors, 500);
        return name is null || relationship is null || phone is null || address is null ? null : new FamilyContact(name, relationship, phone, address);
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex(@"^[0-9+() -]*$")]
    private static partial Regex PhonePattern();
}
