using System.Net.Http.Headers;
using System.Text.Json;

namespace BorderPost.Testing;

/// <summary>The generated document pictures shared with BorderPost.Documents.Tests, and multipart uploads of them.</summary>
public static class DocumentSamples
{
    private static readonly Lazy<List<(string File, string Mrz, string Verdict, bool Degraded)>> Labels = new(() =>
    {
        using var labels = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "labels.json")));
        return [.. labels.RootElement.EnumerateArray().Select(e => (
            e.GetProperty("file").GetString()!, e.GetProperty("mrz").GetString() ?? "", e.GetProperty("verdict").GetString()!,
            e.GetProperty("degraded").GetBoolean()))];
    });

    // Passports drawn with a portrait (Samples/Portraits): every check, the photo's included, finds them genuine.
    private static readonly Lazy<List<(string File, string Mrz)>> Portraits = new(() =>
    {
        using var labels = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "Portraits", "labels.json")));
        var all = labels.RootElement.EnumerateArray().ToList();
        var twins = all.Select(e => e.TryGetProperty("twinOf", out var t) ? t.GetString() : null).OfType<string>().ToHashSet();
        return [.. all
            .Where(e => e.GetProperty("kind").GetString() == "genuine" && !twins.Contains(e.GetProperty("file").GetString()!))
            .Select(e => ("Portraits/" + e.GetProperty("file").GetString(), e.GetProperty("mrz").GetString()!))];
    });

    /// <summary>
    /// A flatbed scan of a genuine passport (TD3) with its portrait; <paramref name="nth"/> picks another one, for tests
    /// at other posts (the same document at two posts within hours is reported). None is the twin of a forgery.
    /// </summary>
    public static (byte[] Bytes, string Mrz) CleanPassport(int nth = 0) =>
        (File(Portraits.Value[nth].File), Portraits.Value[nth].Mrz);

    /// <summary>The path under Samples of <see cref="CleanPassport"/>'s picture.</summary>
    public static string CleanPassportPath(int nth = 0) => Portraits.Value[nth].File;

    /// <summary>A sample by its path under Samples (e.g. <c>Portraits/0005-passport-scan.jpg</c>).</summary>
    public static byte[] File(string path) => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", path));

    /// <summary>A scan of a genuine ID card (TD1).</summary>
    public static (byte[] Bytes, string Mrz) CleanIdCard() => Pick(l => !l.Degraded && l.Verdict == "clear" && l.File.Contains("idcard"));

    /// <summary>A passport photo whose MRZ has one digit changed, its check digit left as it was.</summary>
    public static (byte[] Bytes, string Mrz) Forged() => Pick(l => l.Verdict == "fraudulent");

    public static MultipartFormDataContent Upload(byte[] image, string mediaType = "image/jpeg", params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(image);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        form.Add(file, "image", "document.jpg");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        return form;
    }

    private static (byte[] Bytes, string Mrz) Pick(Func<(string File, string Mrz, string Verdict, bool Degraded), bool> match) => PickNth(match, 0);

    private static (byte[] Bytes, string Mrz) PickNth(Func<(string File, string Mrz, string Verdict, bool Degraded), bool> match, int nth)
    {
        var label = Labels.Value.Where(match).ElementAt(nth);
        return (File(label.File), label.Mrz);
    }
}
