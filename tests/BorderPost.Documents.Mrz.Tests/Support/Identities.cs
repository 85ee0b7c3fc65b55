namespace BorderPost.Documents.Mrz.Tests.Support;

/// <summary>Fixed identities to compose variants from.</summary>
internal static class Identities
{
    /// <summary>The holder of <see cref="Specimens.HaitiPassport"/>.</summary>
    public static readonly TravellerIdentity Haitian = new(
        "P", "HTI", "RD4812376", "PIERRE LOUIS", "JEAN MARC", "HTI", new DateOnly(1985, 3, 17), 'M', new DateOnly(2031, 9, 16));

    public static string[] HaitianPassport(Func<TravellerIdentity, TravellerIdentity> change) =>
        MrzComposer.Compose(MrzFormat.Td3, change(Haitian));
}
