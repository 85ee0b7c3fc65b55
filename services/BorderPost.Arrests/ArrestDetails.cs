namespace BorderPost.Arrests;

public enum Offence { MigrantSmuggling, HumanTrafficking, DocumentFraud, Contraband, Other }

public enum SeizedItemKind { Cash, Vehicle, Documents, Goods, Weapon, Drugs, Other }

public enum ReferralKind { Minor, Victim }

public enum DocumentType { Passport, IdCard, Visa, LaissezPasser, TravelDocument, Other }

/// <summary>The arrested person: an identity as for crossings, the document they carried, and identifying marks.</summary>
public sealed record Suspect(ArrestedPerson Person, CarriedDocument? Document, string IdentifyingMarks);

/// <summary>Who was arrested: a date of birth, or an estimated age when none is known; sex M, F or X.</summary>
public sealed record ArrestedPerson(string Surname, string GivenNames, string Sex, DateOnly? DateOfBirth, int? EstimatedAge, string? Nationality);

/// <summary>The travel document the suspect carried.</summary>
public sealed record CarriedDocument(DocumentType Type, string Number, string IssuingCountry, DateOnly? ExpiryDate);

/// <summary>Where the arrest took place: a post or unofficial crossing point of the post (its id), and a description.</summary>
public sealed record ArrestPlace(string CrossingPoint, string Description);

public sealed record SeizedItem(SeizedItemKind Kind, string Description, int Quantity);

/// <summary>A person found with the suspect, referred to protection under a referral id; no name is kept here.</summary>
public sealed record PersonToRefer(Guid ReferralId, ReferralKind Kind, string Agency);

/// <summary>The suspect is <see cref="PersonId"/> of the stopped group <see cref="InterceptionId"/> (decision 0012).</summary>
public sealed record InterceptedAs(Guid InterceptionId, Guid PersonId);

/// <summary>Everything an officer states about an arrest, already validated.</summary>
public sealed record ArrestDetails(
    string PostCode,
    DateTimeOffset OccurredAt,
    ArrestPlace Place,
    Suspect Suspect,
    IReadOnlyList<Offence> Offences,
    string Circumstances,
    Guid? CrossingId,
    Guid? DocumentCheckId,
    IReadOnlyList<SeizedItem> SeizedItems,
    IReadOnlyList<string> Officers,
    IReadOnlyList<PersonToRefer> PersonsToRefer,
    InterceptedAs? Intercepted = null)
{
    // Records compare lists by reference; a replayed or unchanged request must compare equal by content.
    public bool Equals(ArrestDetails? other) =>
        other is not null
        && PostCode == other.PostCode && OccurredAt == other.OccurredAt && Place == other.Place && Suspect == other.Suspect
        && Offences.SequenceEqual(other.Offences) && Circumstances == other.Circumstances
        && CrossingId == other.CrossingId && DocumentCheckId == other.DocumentCheckId
        && SeizedItems.SequenceEqual(other.SeizedItems) && Officers.SequenceEqual(other.Officers)
        && PersonsToRefer.SequenceEqual(other.PersonsToRefer) && Intercepted == other.Intercepted;

    public override int GetHashCode() => HashCode.Combine(PostCode, OccurredAt, Suspect, Offences.Count);
}
