namespace BorderPost.Documents.Mrz;

/// <summary>
/// Conservatively repairs OCR confusions (O/0, I/1, B/8, S/5, Z/2, G/6, D/0, Q/0) in a machine-readable
/// zone, guided by field types and check digits. Never throws.
/// </summary>
public static class MrzRepairer
{
    /// <summary>
    /// Repairs <paramref name="lines"/> when that makes every check digit of the detected format pass.
    /// Lines that already pass, lines of no known format and lines no accepted repair can fix are returned
    /// unchanged with no repairs. Repaired lines are returned normalised as <see cref="MrzParser"/> reads them.
    /// </summary>
    public static MrzRepairResult Repair(IReadOnlyList<string> lines)
    {
        IReadOnlyList<string> input = lines is null ? [] : [.. lines];
        var normalised = MrzLineNormalizer.FromLines(input);
        if (MrzFormatDetector.Detect(normalised) is not { } format)
        {
            return Unchanged(input, valid: false);
        }

        var layout = MrzLayouts.Create(format, normalised);
        if (layout.AllChecksPass(normalised))
        {
            return Unchanged(input, valid: true);
        }

        var buffer = new MrzRepairBuffer(normalised);
        MrzTypeForcedRepair.Apply(layout, buffer);
        if (!MrzCheckGuidedSearch.TryRepair(layout, buffer))
        {
            return Unchanged(input, valid: false);
        }

        var repaired = buffer.ToLines();
        return layout.AllChecksPass(repaired)
            ? new MrzRepairResult(repaired, buffer.Repairs, AllCheckDigitsValid: true)
            : Unchanged(input, valid: false);
    }

    private static MrzRepairResult Unchanged(IReadOnlyList<string> input, bool valid) => new(input, [], valid);
}
