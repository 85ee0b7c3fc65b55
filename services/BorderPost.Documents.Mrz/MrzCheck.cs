namespace BorderPost.Documents.Mrz;

/// <summary>A check digit of a layout: the data it covers and where the digit is printed.</summary>
/// <param name="Field">The field name used in findings (documentNumber, birthDate, ..., composite).</param>
/// <param name="Data">The spans the digit is computed over, in order.</param>
/// <param name="Digit">The single-character span holding the digit.</param>
/// <param name="FillerAllowedWhenEmpty">A filler may stand for the digit when the data is all fillers.</param>
internal sealed record MrzCheck(string Field, IReadOnlyList<MrzSpan> Data, MrzSpan Digit, bool FillerAllowedWhenEmpty = false)
{
    public bool IsComposite => Field == MrzFieldNames.Composite;

    public bool Passes(IReadOnlyList<string> lines)
    {
        var data = MrzField.ReadSpans(Data, lines);
        var digit = Digit.FirstChar(lines);
        if (FillerAllowedWhenEmpty && digit == MrzAlphabet.Filler && MrzAlphabet.IsAllFiller(data))
        {
            return true;
        }

        return CheckDigit.IsValid(data, digit);
    }

    /// <summary>Explains a failure for a finding's detail.</summary>
    public string DescribeFailure(IReadOnlyList<string> lines)
    {
        var digit = Digit.FirstChar(lines);
        var expected = CheckDigit.Compute(MrzField.ReadSpans(Data, lines));
        var where = $"line {Digit.Line + 1}, position {Digit.Start + 1}";
        return expected < 0
            ? $"check digit at {where} cannot be computed: the data holds invalid characters"
            : $"check digit at {where} is {MrzAlphabet.Describe(digit)}, expected '{expected}'";
    }
}
