using BorderPost.Documents.Reading;
using BorderPost.Documents.Reading.Imaging;
using BorderPost.Documents.Reading.Ocr;
using OpenCvSharp;

using var engine = new TesseractEngine(null, "eng");
var labels = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(args[0])!, "labels.json")));
var truth = labels.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("mrz").GetString());
var ok = 0;
foreach (var path in args)
{
    var sw = System.Diagnostics.Stopwatch.StartNew();
    using var gray = Cv2.ImRead(path, ImreadModes.Grayscale);
    var candidates = MrzLocator.Locate(gray);
    var expected = truth[Path.GetFileName(path)];
    string? got = null;
    foreach (var c in candidates.Take(2))
    {
        foreach (var flip in new[] { false, true })
        {
            using var band = MrzBand.Extract(gray, c.Region, flip);
            var chars = band.Width / (double)band.Height > 6 ? 44 : 30;
            using var norm = MrzBand.Normalise(band, chars);
            using var ink = new Mat();
            Cv2.Threshold(norm, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
            norm.ImWrite($"/tmp/spike/band-{Path.GetFileNameWithoutExtension(path)}-{flip}.png");
            var lines = engine.ReadLines(norm);
            var mrz = MrzTextAssembler.Assemble(lines, ink);
            if (mrz is not null && mrz.Confidence > 50) { got = string.Join('\n', mrz.Lines); Console.WriteLine($"  conf {mrz.Confidence:F0}"); break; }
        }
        if (got is not null) { break; }
    }
    var match = got == expected;
    if (match) { ok++; }
    Console.WriteLine($"{Path.GetFileName(path)} {sw.ElapsedMilliseconds} ms {(match ? "OK" : "MISMATCH")}");
    if (!match) { Console.WriteLine($"  expected\n{expected}\n  got\n{got}"); }
}
Console.WriteLine($"{ok}/{args.Length}");
