using System.Globalization;
using System.Text.Json;
using BorderPost.Documents.Generator;

// Writes a labelled set of synthetic travel-document images (TD3 passports, TD1 ID cards, MRV-A and MRV-B visas) for the evaluation harness and the pipeline tests:
//   dotnet run -c Release --project tests/BorderPost.Documents.Generator -- <folder> [--count 200] [--seed 1]
//     [--profile clean|degraded|mixed] [--fraud-share 0.15] [--unreadable-share 0.03] [--today 2026-11-23]
//     [--jpeg-only true] [--severity 1..2]
// or: -- --glyphs <file.png>   (redraws the reference glyphs of the Documents service)
if (args is ["--glyphs", var glyphFile])
{
    GlyphSheet.Write("/usr/share/fonts/opentype/ocr-b/OCRB.otf", glyphFile);
    Console.WriteLine($"Wrote {glyphFile}");
    return;
}
var options = GeneratorOptions.Parse(args);
Directory.CreateDirectory(options.Folder);
var random = new Random(options.Seed);
using var painter = new DocumentPainter(
    "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

var labels = new List<Dictionary<string, object?>>();
for (var i = 0; i < options.Count; i++)
{
    var kind = random.NextDouble() switch
    {
        < 0.5 => DocumentKind.Passport,
        < 0.8 => DocumentKind.IdCard,
        < 0.9 => DocumentKind.Visa,
        _ => DocumentKind.SmallVisa,
    };
    var person = Identity.Random(random, options.Today, kind == DocumentKind.IdCard);
    var mrz = MrzComposer.Compose(kind, person);
    var verdict = "clear";
    string? change = null;
    if (random.NextDouble() < options.FraudShare)
    {
        (mrz, change) = Forgery.ChangeOneCharacter(kind, mrz, random);
        verdict = "fraudulent";
    }
    var degraded = options.Profile switch { "clean" => false, "degraded" => true, _ => random.NextDouble() < 0.5 };
    var unusable = degraded && verdict == "clear" && random.NextDouble() < options.UnreadableShare;
    var degradation = unusable ? Degrader.Unusable(random) : degraded ? Degrader.Photo(random, options.Severity) : Degrader.Clean(random, options.JpegOnly);
    var png = painter.PaintPng(kind, person, mrz, random);
    var (bytes, extension) = Degrader.Apply(png, degradation, random);
    var file = $"{i:D4}-{kind.ToString().ToLowerInvariant()}-{degradation.Capture}{extension}";
    await File.WriteAllBytesAsync(Path.Combine(options.Folder, file), bytes);
    labels.Add(new()
    {
        ["file"] = file,
        ["mrz"] = unusable ? null : string.Join('\n', mrz),
        ["verdict"] = unusable ? "unreadable" : verdict,
        ["kind"] = kind.ToString().ToLowerInvariant(),
        ["degraded"] = degraded,
        ["forgery"] = change,
        ["degradation"] = degradation,
    });
}
var json = JsonSerializer.Serialize(labels, new JsonSerializerOptions
{
    WriteIndented = true,
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // '<' stays '<' in the labels
});
await File.WriteAllTextAsync(Path.Combine(options.Folder, "labels.json"), json);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {labels.Count} images and labels.json to {options.Folder}"));
