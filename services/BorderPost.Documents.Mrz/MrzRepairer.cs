namespace BorderPost.Documents.Mrz;

/// <summary>
/// Conservatively repairs OCR confusions (O/0, I/1, B/8, S/5, Z/2, G/6, D/0, Q/0) in a machine-readable
/// zone, guided by field types and check digits. Never throws.
/// </summary>
public static class MrzRepairer
{
    /// <summary>
    /// Repairs <paramref name="lines"/> when that makes every check digit of the detected format pass.
    /// Lines that already pass get only the repairs their field types force (a digit in a country code or a name);
    /// lines of no known format and lines no accepted repair can fix are returned unchanged with no repairs. Repaired lines are returned normalised as <see cref="MrzParser"/> reads them.
    /// </summary>
    public static MrzRepairResult Repair(IReadOnlyList<string> lines)
    {
        if (Prepare(lines) is not { } zone)
        {
            return Unchanged(Copy(lines), valid: false);
        }
        var (input, normalised, layout, buffer) = zone;
        if (layout.AllChecksPass(normalised))
        {
            // Check digits do not cover every field (names, the TD3 nationality): a digit where only letters are
            // allowed is still an OCR confusion, fixed when the fix keeps every check digit passing.
            var forced = buffer.ToLines();
            return buffer.Repairs.Count > 0 && layout.AllChecksPass(forced)
                ? new MrzRepairResult(forced, buffer.Repairs, AllCheckDigitsValid: true)
                : Unchanged(input, valid: true);
        }

        if (!MrzCheckGuidedSearch.TryRepair(layout, buffer))
        {
            return Unchanged(input, valid: false);
        }

        var repaired = buffer.ToLines();
        return layout.AllChecksPass(repaired)
            ? new MrzRepairResult(repaired, buffer.Repairs, AllCheckDigitsValid: true)
            : Unchanged(input, valid: false);
    }

    /// <summary>
    /// Only the repairs the field types force (a confusable digit where only letters are allowed and the reverse),
    /// whatever the check digits say: what is left of a reading whose check digits cannot be made to pass.
    /// </summary>
    public static MrzRepairResult RepairFieldTypes(IReadOnlyList<string> lines)
    {
        if (Prepare(lines) is not { } zone)
        {
            return Unchanged(Copy(lines), valid: false);
        }
        var repaired = zone.Buffer.ToLines();
        return new MrzRepairResult(repaired, zone.Buffer.Repairs, zone.Layout.AllChecksPass(repaired));
    }

    // The zone normalised, its layout, and a buffer holding the repairs its field types force; null for no known format.
    private static (IReadOnlyList<string> Input, IReadOnlyList<string> Normalised, MrzLayout Layout, MrzRepairBuffer Buffer)? Prepare(
        IReadOnlyList<string> lines)
    {
        var input = Copy(lines);
        var normalised = MrzLineNormalizer.FromLines(input);
        if (MrzFormatDetector.Detect(normalised) is not { } format)
        {
            return null;
        }
        var layout = MrzLayouts.Create(format, normalised);
        var buffer = new MrzRepairBuffer(normalised);
        MrzTypeForcedRepair.Apply(layout, buffer);
        return (input, normalised, layout, buffer);
    }

    private static IReadOnlyList<string> Copy(IReadOnlyList<string>? lines) => lines is null ? [] : [.. lines];

    private static MrzRepairResult Unchanged(IReadOnlyList<string> input, bool valid) => new(input, [], valid);
}
