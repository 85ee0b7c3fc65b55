namespace BorderPost.Documents.Reading;

/// <summary>
/// From what was read to what the officer is told. Pure, so every rule has a unit test.
/// A check digit that fails after repair is fraud only when the reading of the characters it rests on is certain and
/// the picture was good; otherwise the honest answer is "retake the picture". Expiry, a specimen and an unexpected
/// document type are reported but do not make a genuine document suspicious.
/// </summary>
public static class VerdictRules
{
    /// <summary>
    /// Certainty (0–100) that every character of the check-digit-covered lines must reach for a contradiction there to
    /// be believed: the recogniser's lowest per-character probability, in percent. Chosen on the real development set
    /// and the generated sets (README): below it, misreads outnumber printed contradictions.
    /// </summary>
    public const double CertainReading = 90;

    /// <summary>Least certainty (0–100) of every character for a reading to be given at all (a cut or smudged name).</summary>
    public const double ReadingAttemptLegibility = 50;

    private static readonly HashSet<string> NotAboutAuthenticity = new(StringComparer.Ordinal)
    {
        MrzFindingCodes.Expired, MrzFindingCodes.DateUnknown, MrzFindingCodes.Specimen, DocumentFindings.TypeMismatch, DocumentFindings.Repaired,
    };

    public static (Verdict Verdict, IReadOnlyList<MrzFinding> Findings) Decide(
        MrzReading? reading, IReadOnlyList<MrzRepair> repairs, double certainty, ImageQuality? quality, ExpectedDocument? expected,
        double certainReading = CertainReading, double legibility = 100)
    {
        var findings = new List<MrzFinding>();
        if (reading?.Format is null)
        {
            findings.Add(new MrzFinding(DocumentFindings.MrzNotFound, MrzSeverity.Warning));
            findings.AddRange(Retake(quality));
            return (Verdict.Unreadable, findings);
        }
        if (reading.Findings.FirstOrDefault(f => f.Code == MrzFindingCodes.NationalLayout) is { } national)
        {
            // A national layout the reader does not decode: the officer reads the card; nothing is concluded.
            return (Verdict.Unreadable, [national]);
        }
        if (repairs.Count > 0)
        {
            findings.Add(new MrzFinding(DocumentFindings.Repaired, MrzSeverity.Info, Detail: string.Join(", ",
                repairs.Select(r => $"{r.Line}:{r.Position} {r.From}→{r.To}"))));
        }
        // Anything the MRZ says against the document (a check digit, an impossible date) is believed only on a certain
        // reading of a good picture, and anything odd in it (an unknown country code, a document code) only when every
        // character was read with certainty; a reading is not given at all when some character (a name, which no
        // check digit covers) was barely read. Otherwise: retake the picture.
        var contradicted = !reading.CheckDigitsValid || reading.Findings.Any(f => f.Severity == MrzSeverity.Critical);
        var odd = reading.Findings.Any(f => f.Severity == MrzSeverity.Warning && !NotAboutAuthenticity.Contains(f.Code));
        var believed = certainty >= certainReading && quality is { GoodEnoughForEvidence: true };
        if ((contradicted && !believed) || (odd && legibility < certainReading) || legibility < ReadingAttemptLegibility)
        {
            findings.Add(new MrzFinding(DocumentFindings.UnreliableRead, MrzSeverity.Warning));
            findings.AddRange(Retake(quality));
            return (Verdict.Unreadable, findings);
        }
        findings.AddRange(reading.Findings);
        if (expected is not null && reading.Fields is { } fields && !expected.Value.Matches(fields.DocumentType))
        {
            findings.Add(new MrzFinding(DocumentFindings.TypeMismatch, MrzSeverity.Warning, MrzFieldNames.DocumentType, fields.DocumentType));
        }
        return (VerdictOf(findings), findings);
    }

    /// <summary>
    /// How the findings of a read document combine: any critical finding makes it fraudulent, any warning about its
    /// authenticity suspicious, and nothing else clear.
    /// </summary>
    public static Verdict VerdictOf(IEnumerable<MrzFinding> findings)
    {
        var all = findings.ToList();
        return all.Any(f => f.Severity == MrzSeverity.Critical) ? Verdict.Fraudulent
            : all.Any(f => f.Severity == MrzSeverity.Warning && !NotAboutAuthenticity.Contains(f.Code)) ? Verdict.Suspicious
            : Verdict.Clear;
    }

    private static IEnumerable<MrzFinding> Retake(ImageQuality? quality)
    {
        if (quality is null)
        {
            yield break;
        }
        if (quality.Blurry)
        {
            yield return new MrzFinding(DocumentFindings.Blurry, MrzSeverity.Warning);
        }
        if (quality.Glaring)
        {
            yield return new MrzFinding(DocumentFindings.Glare, MrzSeverity.Warning);
        }
        if (quality.TooSmall)
        {
            yield return new MrzFinding(DocumentFindings.TooSmall, MrzSeverity.Warning);
        }
    }
}
