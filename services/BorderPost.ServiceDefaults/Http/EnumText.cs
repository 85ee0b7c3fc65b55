using System.Text.Json;

namespace BorderPost.ServiceDefaults.Http;

/// <summary>Enum values as they appear on the wire: lowercase snake case (<c>IdCard</c> is <c>id_card</c>).</summary>
public static class EnumText
{
    public static string ToWire<T>(T value) where T : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static IReadOnlyList<string> Allowed<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(ToWire).ToArray();

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(ToWire(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
