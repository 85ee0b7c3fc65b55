namespace BorderPost.Documents.Reading.Recognition;

/// <summary>
/// The MRZ among the lines the recogniser read in a band: the last two or three lines whose lengths fit one ICAO
/// format (2×44, 2×36, 3×30). A line read a few characters too long (a card edge or a mark at an end read as a
/// character, a filler doubled in a long run) is cut, or loses a filler, to the window that parses best; one a few
/// characters short is completed with fillers. Either way where its characters stand is a guess: the candidate is
/// marked adjusted, and a failing check in it is never believed.
/// </summary>
public static class NetworkMrz
{
    private const int Slack = 3;

    // A filler added to make a line fit was not read: it counts as half certain (legible enough for a name's end, never
    // evidence, as the candidate is then marked adjusted).
    private const float AddedFiller = 0.5f;

    // Lines and characters per line: TD1; TD3 and MRV-A; TD2 and MRV-B.
    private static readonly (int Count, int Length)[] Formats = [(3, 30), (2, 44), (2, 36)];

    /// <summary>The lines and, per line, each character's certainty and the network's second choice.</summary>
    /// <param name="Adjusted">
    /// A line was read shorter than its format and completed, or had a filler taken out of a run: where its characters
    /// stand is a guess, so nothing read in it is certain evidence. (A line only cut at an end is not adjusted: a cut at
    /// the wrong end breaks nearly every field, which the parse shows.)
    /// </param>
    public sealed record Candidate(
        IReadOnlyList<string> Lines,
        IReadOnlyList<IReadOnlyList<float>> Certainties,
        IReadOnlyList<IReadOnlyList<(char Character, float Probability)>> SecondChoices,
        bool Adjusted = false);

    public static IEnumerable<Candidate> Candidates(IReadOnlyList<RecognisedLine> lines, DateOnly checkDate)
    {
        foreach (var (count, length) in Formats)
        {
            for (var end = lines.Count; end >= count; end--)
            {
                var chosen = lines.Skip(end - count).Take(count).ToList();
                if (chosen.All(l => Math.Abs(l.Text.Length - length) <= Slack))
                {
                    yield return Fit(chosen, length, checkDate);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Certainty of the reading where a contradiction would be evidence of forgery: the lowest certainty over the lines
    /// that check digits cover (TD1: the first two; other formats: the second).
    /// </summary>
    public static double EvidenceCertainty(Candidate candidate)
    {
        if (candidate.Adjusted)
        {
            return 0;
        }
        var covered = candidate.Lines.Count == 3 ? candidate.Certainties.Take(2) : candidate.Certainties.Skip(1).Take(1);
        return covered.SelectMany(c => c).DefaultIfEmpty(0).Min();
    }

    /// <summary>The least certainty over every character of every line, 0–1 (a filler added to fit counts as 0.5).</summary>
    public static double WeakestCertainty(Candidate candidate) =>
        candidate.Certainties.SelectMany(c => c).DefaultIfEmpty(0).Min();

    /// <summary>The median certainty over every character, 0–1.</summary>
    public static double MedianCertainty(Candidate candidate)
    {
        var all = candidate.Certainties.SelectMany(c => c).Order().ToList();
        return all.Count == 0 ? 0 : all[all.Count / 2];
    }

    /// <summary>
    /// When the reading breaks a rule (a check digit, a document code, a name's form), the characters the network
    /// hesitated over (below <see cref="Hesitant"/>, with a second choice) may be misread: every combination of their
    /// first and second choices is parsed, and the one that breaks the fewest rules (check digits first), then the most
    /// probable, is the reading, with the swaps as repairs. A character read with certainty is never changed, so a
    /// digit a forger printed clearly stays a contradiction. Null when no combination breaks fewer rules.
    /// </summary>
    public static (Candidate Candidate, IReadOnlyList<MrzRepair> Repairs)? ResolveHesitations(Candidate candidate, DateOnly checkDate)
    {
        var hesitant = candidate.Lines
            .SelectMany((line, l) => line.Select((c, k) => (Line: l, Position: k, First: c,
                Certainty: candidate.Certainties[l][k], Second: candidate.SecondChoices[l][k])))
            .Where(h => h.Certainty < Hesitant && h.Second.Probability >= 0.01f && h.Second.Character != h.First)
            .OrderBy(h => h.Certainty - h.Second.Probability)
            .Take(MaxHesitations)
            .ToList();
        if (hesitant.Count == 0)
        {
            return null;
        }
        (Candidate, IReadOnlyList<MrzRepair>)? best = null;
        var bestRank = (Broken: Broken(MrzParser.Parse(candidate.Lines, checkDate)), Likelihood: double.NegativeInfinity);
        for (var mask = 1; mask < 1 << hesitant.Count; mask++)
        {
            var lines = candidate.Lines.Select(l => l.ToCharArray()).ToArray();
            var likelihood = 0.0;
            var repairs = new List<MrzRepair>();
            for (var i = 0; i < hesitant.Count; i++)
            {
                var h = hesitant[i];
                if ((mask & (1 << i)) != 0)
                {
                    lines[h.Line][h.Position] = h.Second.Character;
                    likelihood += Math.Log(Math.Max(1e-6, h.Second.Probability));
                    repairs.Add(new MrzRepair(h.Line + 1, h.Position + 1, h.First, h.Second.Character));
                }
                else
                {
                    likelihood += Math.Log(Math.Max(1e-6, h.Certainty));
                }
            }
            var text = lines.Select(l => new string(l)).ToList();
            var broken = Broken(MrzParser.Parse(text, checkDate));
            if (broken < bestRank.Broken || (broken == bestRank.Broken && best is not null && likelihood > bestRank.Likelihood))
            {
                best = (candidate with { Lines = text }, repairs);
                bestRank = (broken, likelihood);
            }
        }
        return best;
    }

    /// <summary>
    /// Letters the network hesitated over, whose second choice is the digit they look like (O and 0, I and 1…), in a
    /// run of digits (only digits and such letters between fillers or other letters), are those digits, when the check
    /// digits still pass: "OO0000000" is a run of zeros that the check digits cannot tell from it (O and 0 differ by
    /// 24, and two of them can cancel out).
    /// </summary>
    public static (Candidate Candidate, IReadOnlyList<MrzRepair> Repairs)? DigitsAmongDigits(Candidate candidate, DateOnly checkDate)
    {
        var lines = candidate.Lines.Select(l => l.ToCharArray()).ToArray();
        var repairs = new List<MrzRepair>();
        for (var l = 0; l < lines.Length; l++)
        {
            bool Convertible(int k) => char.IsAsciiLetter(lines[l][k]) && char.IsAsciiDigit(candidate.SecondChoices[l][k].Character)
                && candidate.Certainties[l][k] < Hesitant && candidate.SecondChoices[l][k].Probability >= 0.01f;
            var start = 0;
            while (start < lines[l].Length)
            {
                var end = start;
                while (end < lines[l].Length && (char.IsAsciiDigit(lines[l][end]) || Convertible(end)))
                {
                    end++;
                }
                var run = Enumerable.Range(start, end - start).ToList();
                if (run.Any(k => char.IsAsciiDigit(lines[l][k])))
                {
                    foreach (var k in run.Where(Convertible).ToList())
                    {
                        repairs.Add(new MrzRepair(l + 1, k + 1, lines[l][k], candidate.SecondChoices[l][k].Character));
                        lines[l][k] = candidate.SecondChoices[l][k].Character;
                    }
                }
                start = Math.Max(end, start + 1);
            }
        }
        var text = lines.Select(l => new string(l)).ToList();
        return repairs.Count > 0 && MrzParser.Parse(text, checkDate).CheckDigitsValid ? (candidate with { Lines = text }, repairs) : null;
    }

    /// <summary>How many rules a reading breaks, check digits weighing most; expiry and specimens are facts, not misreads.</summary>
    public static int Broken(MrzReading reading) =>
        (reading.CheckDigitsValid ? 0 : 100)
        + reading.Findings.Count(f => f.Severity == MrzSeverity.Critical) * 10
        + reading.Findings.Count(f => f.Severity == MrzSeverity.Warning && f.Code is not (MrzFindingCodes.Expired or MrzFindingCodes.Specimen));

    /// <summary>A character read with less certainty than this may be the network's second choice.</summary>
    public const float Hesitant = 0.9f;

    private const int MaxHesitations = 10;

    private static Candidate Fit(List<RecognisedLine> lines, int length, DateOnly checkDate)
    {
        var options = lines.Select(line => Windows(line, length).ToList()).ToList();
        // Few lines and few windows each: try every combination, keep the one the parser likes best.
        Candidate? best = null;
        var bestScore = int.MinValue;
        var bestKept = double.MinValue;
        foreach (var combination in Combinations(options, 0))
        {
            var candidate = new Candidate(
                [.. combination.Select(w => w.Text)], [.. combination.Select(w => w.Certainties)], [.. combination.Select(w => w.SecondChoices)],
                Adjusted: combination.Where((window, i) => !lines[i].Text.Contains(window.Text, StringComparison.Ordinal)).Any());
            var reading = MrzParser.Parse(candidate.Lines, checkDate);
            var score = (reading.Format is null ? -1000 : 0)
                - reading.Findings.Count(f => f.Severity == MrzSeverity.Critical) * 10
                - reading.Findings.Count(f => f.Severity == MrzSeverity.Warning);
            // Between windows the parse likes equally (names have no check digit), the one that keeps the characters
            // read with more certainty: a card edge read as a letter is dropped, not the name's last letter.
            var kept = candidate.Certainties.Sum(c => c.Sum());
            if (score > bestScore || (score == bestScore && kept > bestKept))
            {
                (best, bestScore, bestKept) = (candidate, score, kept);
            }
        }
        return best!;
    }

    private static IEnumerable<List<RecognisedLine>> Combinations(List<List<RecognisedLine>> options, int index)
    {
        if (index == options.Count)
        {
            yield return [];
            yield break;
        }
        foreach (var rest in Combinations(options, index + 1))
        {
            foreach (var option in options[index])
            {
                yield return [option, .. rest];
            }
        }
    }

    // The ways a line read a few characters too long or too short may fit its format: cut at either end, or a filler
    // taken out of (or put into) its longest run of fillers, where CTC most often doubles or drops one.
    private static IEnumerable<RecognisedLine> Windows(RecognisedLine line, int length)
    {
        var excess = line.Text.Length - length;
        if (excess >= 0)
        {
            for (var start = 0; start <= excess; start++)
            {
                yield return Slice(line, start, length);
            }
        }
        else
        {
            var missing = -excess;
            yield return new RecognisedLine(
                line.Text + new string('<', missing), [.. line.Certainties, .. Enumerable.Repeat(AddedFiller, missing)], [.. line.SecondChoices, .. Enumerable.Repeat(('<', 0f), missing)]);
        }
        if (excess != 0 && LongestFillerRun(line.Text) is { Length: >= 3 } run && run.Length > excess)
        {
            yield return excess > 0
                ? Splice(line, run.Start, excess, [])
                : Splice(line, run.Start, 0, [.. Enumerable.Repeat('<', -excess)]);
        }
    }

    private static RecognisedLine Slice(RecognisedLine line, int start, int length) =>
        new(line.Text.Substring(start, length), [.. line.Certainties.Skip(start).Take(length)], [.. line.SecondChoices.Skip(start).Take(length)]);

    // Removes `remove` characters at `at` and inserts `insert` there (inserted characters count as added fillers).
    private static RecognisedLine Splice(RecognisedLine line, int at, int remove, char[] insert) =>
        new(line.Text[..at] + new string(insert) + line.Text[(at + remove)..],
            [.. line.Certainties.Take(at), .. insert.Select(_ => AddedFiller), .. line.Certainties.Skip(at + remove)],
            [.. line.SecondChoices.Take(at), .. insert.Select(_ => ('<', 0f)), .. line.SecondChoices.Skip(at + remove)]);

    private static (int Start, int Length)? LongestFillerRun(string text)
    {
        (int Start, int Length)? longest = null;
        for (var i = 0; i < text.Length;)
        {
            var j = i;
            while (j < text.Length && text[j] == '<')
            {
                j++;
            }
            if (j > i && (longest is null || j - i > longest.Value.Length))
            {
                longest = (i, j - i);
            }
            i = Math.Max(j, i + 1);
        }
        return longest;
    }
}
