using System.Reflection;
using System.Text.RegularExpressions;
using BorderPost.Documents.ConsultingRegisters;
using BorderPost.Documents.Mrz;
using BorderPost.Documents.Reading;
using BorderPost.Documents.Reading.Photo;

namespace BorderPost.Documents.Tests;

public sealed partial class FindingCodeTests
{
    /// <summary>
    /// Headquarters counts checks under each finding code and the console names each from the contract's list: a code
    /// the service can raise but the list lacks would be counted under a bare code, and a listed code it no longer
    /// raises would be named for nothing.
    /// </summary>
    [Fact]
    public void The_contract_lists_exactly_the_finding_codes_the_service_can_raise()
    {
        var raised = new[] { typeof(MrzFindingCodes), typeof(DocumentFindings), typeof(RegisterFindings), typeof(PhotoCheck) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true, FieldType.Name: nameof(String) })
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(value => Code().IsMatch(value))
            .Order(StringComparer.Ordinal);

        Assert.Equal(raised, DocumentCheckValues.FindingCodes.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("^[a-z]+\\.[a-z_]+$")]
    private static partial Regex Code();
}
