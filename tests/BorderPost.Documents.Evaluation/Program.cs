using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BorderPost.Documents.Evaluation;
using BorderPost.Documents.Reading;
using BorderPost.Documents.Reading.Ocr;
using BorderPost.Documents.Reading.Photo;
using BorderPost.Documents.Reading.VisualZone;

// Runs the service's reading pipeline, in process, over a labelled folder and prints the figures; the last line is
// one JSON object. Usage:
//   dotnet run -c Release --project tests/BorderPost.Documents.Evaluation -- <folder> [--no-baseline] [--verbose]
//     [--check-date yyyy-MM-dd] [--augment N] [--downscale F] [--certain C] [--no-printed]
//     [--no-photo] [--printed-languages fra]
var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
if (folder is null || !File.Exists(Path.Combine(folder, "labels.json")))
{
    Console.Error.WriteLine("usage: <folder with labels.json> [--no-baseline] [--verbose] [--check-date yyyy-MM-dd]");
    return 2;
}
var verbose = args.Contains("--verbose");
var withBaseline = !args.Contains("--no-baseline");
var checkDate = Options.CheckDate(args);
var labels = Label.ReadAll(Path.Combine(folder, "labels.json"));
var variants = Options.Variants(args);
var downscale = Options.Downscale(args);

using var engines = new OcrEnginePool(1);
engines.WarmUp();
// Every check on, as the service runs them; --no-printed and --no-photo turn those checks off.
using var printedEngines = PrintedFieldCheck.Engines(1, null, Options.PrintedLanguages(args));
using var faces = args.Contains("--no-photo") ? null : FaceDetector.Open(null);
var reader = new DocumentReader(
    engines, Options.CertainReading(args), args.Contains("--no-printed") ? null : new PrintedFieldCheck(printedEngines),
    faces is null ? null : new PhotoCheck(faces));
var results = new List<Outcome>();
// The registers as the service consults them: the folder's register.csv (if any) and every document read so far, in
// file order, one a minute at one post.
var registers = new Registers(Path.Combine(folder, "register.csv"), checkDate);
// Each picture as it is, then (--augment N) N phone-like variants of it, scored as the "augmented" group.
var work = labels.SelectMany(label => Enumerable.Range(0, variants + 1).Select(k => (Label: k == 0 ? label : label with
{
    File = $"{label.File}#{k}",
    Group = "augmented",
}, Source: label.File, Variant: k)));
foreach (var (label, source, variant) in work)
{
    var path = Path.Combine(folder, source);
    var bytes = await File.ReadAllBytesAsync(path);
    if (variant > 0)
    {
        // A seed from the file name (string.GetHashCode differs between runs): the same variants every time.
        bytes = Augmenter.Variant(bytes, source.Aggregate(17, (seed, c) => unchecked(seed * 31 + c)) + variant);
    }
    if (downscale < 1)
    {
        using var original = OpenCvSharp.Cv2.ImDecode(bytes, OpenCvSharp.ImreadModes.Color);
        using var smaller = original.Resize(new OpenCvSharp.Size(0, 0), downscale, downscale, OpenCvSharp.InterpolationFlags.Area);
        bytes = smaller.ImEncode(".png");
    }
    var clock = Stopwatch.StartNew();
    var intake = ImageIntake.Accept(bytes);
    DocumentReading? reading = null;
    using (var gray = intake.Gray)
    {
        if (gray is not null)
        {
            reading = reader.Read(gray, checkDate);
        }
    }
    var elapsed = clock.Elapsed.TotalMilliseconds;
    var verdict = (reading is null ? Verdict.Unreadable : registers.Consult(reading)).ToString().ToLowerInvariant();
    var lines = reading?.Mrz is { } mrz ? string.Join('\n', mrz.Lines) : null;
    var outcome = new Outcome(label, verdict, lines, elapsed, withBaseline && variant == 0 ? Baseline.Read(path) : null)
    {
        PixelsPerCharacter = reading?.Quality?.PixelsPerCharacter,
        Quality = reading?.Quality is not { } q ? null
            : string.Join(',', new[] { q.Blurry ? "blurry" : null, q.Glaring ? "glare" : null, q.TooSmall ? "too_small" : null }.OfType<string>())
                is { Length: > 0 } flags ? flags : "good",
    };
    results.Add(outcome);
    if (verbose || (label.Mrz is not null && !outcome.MrzExact) || verdict != label.Verdict)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label.File}: {verdict} (expected {label.Verdict}), mrz {(outcome.MrzExact ? "exact" : "different")}, {elapsed:F0} ms, " +
            $"confidence {reading?.OcrConfidence:F0}, sharpness {reading?.Quality?.Sharpness:F0}, findings {string.Join(' ', reading?.Findings.Select(f => f.Detail is { } d && f.Code is PrintedFieldCheck.Mismatch ? $"{f.Code}({f.Field}: {d})" : f.Code) ?? [])}" +
            $"{(intake.Rejection is { } rejected ? ", refused: " + rejected : "")}"));
        if (label.Mrz is not null && !outcome.MrzExact)
        {
            Console.WriteLine($"  expected {label.Mrz.Replace('\n', ' ')}\n  read     {lines?.Replace('\n', ' ') ?? "(nothing)"}");
        }
    }
}

var summary = Summary.Of(results, withBaseline);
// Per group (clean/degraded, original/augmented), per source and per format, then the whole set last.
foreach (var (name, key) in new (string, Func<Outcome, string?>)[]
{
    ("group", r => r.Label.Group),
    ("source", r => r.Label.Source),
    ("format", r => r.Label.Format ?? (r.Label.Mrz is { } mrz ? KeyFields.FormatOf(mrz) : null)),
    ("quality", r => r.Quality),
})
{
    foreach (var group in results.GroupBy(key).Where(g => g.Key is not null).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        Console.WriteLine(JsonSerializer.Serialize(
            new Dictionary<string, object> { [name] = group.Key!, ["figures"] = Summary.Of([.. group], withBaseline) }, Summary.Json));
    }
}
Console.WriteLine(JsonSerializer.Serialize(summary, Summary.Json));
return 0;
