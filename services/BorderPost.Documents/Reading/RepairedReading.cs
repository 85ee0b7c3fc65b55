namespace BorderPost.Documents.Reading;

/// <summary>Lines parsed with the repairs the check digits and field types allow (<see cref="MrzRepairer"/>).</summary>
internal static class RepairedReading
{
    public static (MrzReading Reading, IReadOnlyList<MrzRepair> Repairs) Of(IReadOnlyList<string> lines, DateOnly checkDate)
    {
        var reading = MrzParser.Parse(lines, checkDate);
        if (reading.Format is null)
        {
            return (reading, []);
        }
        var repaired = MrzRepairer.Repair(lines);
        if (!repaired.AllCheckDigitsValid)
        {
            // The check digits cannot be made to pass: keep only what the field types alone decide.
            repaired = MrzRepairer.RepairFieldTypes(lines);
        }
        return repaired.Repairs.Count > 0 ? (MrzParser.Parse(repaired.Lines, checkDate), repaired.Repairs) : (reading, []);
    }
}
