using System.Globalization;
using System.Text.Json;
using BorderPost.Documents.Generator;

// Writes a labelled set of synthetic travel-document images (TD3 passports, TD1 ID cards, MRV-A and MRV-B visas) for the evaluation harness and the pipeline tests:
//   dotnet run -c Release --project tests/BorderPost.Documents.Generator -- <folder> [--count 200] [--seed 1]
//     [--profile clean|degraded|mixed] [--fraud-share 0.15] [--unreadable-share 0.03] [--today 2026-11-23]
//     [--jpeg-only true] [--severity 1..2] [--register-share 0] [--reuse-share 0] [--printed-share 0] [--copy-share 0]
//     [--photo-share 0] [--twins true]
// Each label has a "kind":
//   genuine;
//   mrz_digit: one MRZ digit changed, check digits left;
//   register_hit: a genuine document whose number is in the register.csv written beside the images;
//   number_reused: the number of the genuine document just before it (its "twinOf") on another holder;
//   printed_field: a printed surname or birth date that differs from the MRZ;
//   mrz_recomputed: the MRZ's birth date changed with its check digits recomputed, the printed one left;
//   copy_move: a digit of the printed number copied over the last digit of the printed birth year;
//   photo_replaced, photo_blended: a passport's or visa's portrait replaced by another person's, taken from another
//     picture and pasted square or over a soft edge;
//   photo_removed: a passport's or visa's portrait taken off, its place left the colour of the paper.
//   Each photo_* picture's genuine twin (the same picture before the change, its "twinOf") is written just before it;
//   with --twins true, so is each mrz_digit, printed_field, mrz_recomputed and copy_move picture's.
//   ID cards carry their photo on the side without the MRZ and are left alone.
// Checked in file order, the register and the earlier sightings make register_hit and number_reused fraudulent.
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
var register = new List<string> { "issuing_country,document_number,status,reported_on,source" };
(Identity Person, string File, DocumentKind Kind)? twinOf = null;
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
    var forgeryKind = "genuine";
    string? twin = null;
    if (twinOf is { } earlier)
    {
        (kind, person, twin, forgeryKind) = (earlier.Kind, earlier.Person.WithAnotherHolder(random, options.Today, earlier.Kind == DocumentKind.IdCard), earlier.File, "number_reused");
        twinOf = null;
    }
    var mrz = MrzComposer.Compose(kind, person);
    var genuineMrz = mrz;
    var verdict = forgeryKind == "genuine" ? "clear" : "fraudulent";
    string? change = null;
    if (forgeryKind == "genuine" && random.NextDouble() < options.FraudShare)
    {
        (mrz, change) = Forgery.ChangeOneCharacter(kind, mrz, random);
        (verdict, forgeryKind) = ("fraudulent", "mrz_digit");
    }
    var printed = person;
    if (forgeryKind == "genuine" && verdict == "clear" && options.PrintedShare > 0 && random.NextDouble() < options.PrintedShare)
    {
        if (random.Next(2) == 0)
        {
            printed = random.Next(2) == 0 ? person.WithAnotherSurname(random) : person.WithAnotherBirthDate(random);
            forgeryKind = "printed_field";
        }
        else
        {
            mrz = MrzComposer.Compose(kind, person.WithAnotherBirthDate(random));
            forgeryKind = "mrz_recomputed";
        }
        verdict = "fraudulent";
    }
    else if (forgeryKind == "genuine" && options.RegisterShare > 0 && random.NextDouble() < options.RegisterShare)
    {
        var country = person.IssuingCountry == "D" ? "DEU" : person.IssuingCountry;
        register.Add($"{country},{person.DocumentNumber},{(random.Next(2) == 0 ? "lost" : "stolen")},{options.Today.AddDays(-random.Next(10, 900)):yyyy-MM-dd},generator");
        (verdict, forgeryKind) = ("fraudulent", "register_hit");
    }
    var degraded = options.Profile switch { "clean" => false, "degraded" => true, _ => random.NextDouble() < 0.5 };
    var unusable = degraded && verdict == "clear" && random.NextDouble() < options.UnreadableShare;
    var degradation = unusable ? Degrader.Unusable(random) : degraded ? Degrader.Photo(random, options.Severity) : Degrader.Clean(random, options.JpegOnly);
    // The genuine twin: the same document before the forgery, drawn and captured the same way (--twins; always for the
    // photo kinds).
    byte[] png;
    byte[]? genuinePng = null;
    if (options.Twins && forgeryKind is "mrz_digit" or "printed_field" or "mrz_recomputed")
    {
        var paintSeed = random.Next();
        genuinePng = painter.PaintPng(kind, person, genuineMrz, new Random(paintSeed));
        png = painter.PaintPng(kind, printed, mrz, new Random(paintSeed));
    }
    else
    {
        png = painter.PaintPng(kind, printed, mrz, random);
    }
    if (forgeryKind == "genuine" && verdict == "clear" && options.CopyShare > 0 && random.NextDouble() < options.CopyShare
        && Forgery.CopyDigit(png, painter) is { } copied)
    {
        (genuinePng, png, verdict, forgeryKind) = (options.Twins ? png : null, copied, "fraudulent", "copy_move");
    }
    var suffix = "-forged";
    if (forgeryKind == "genuine" && verdict == "clear" && !unusable && kind != DocumentKind.IdCard && options.PhotoShare > 0 && random.NextDouble() < options.PhotoShare)
    {
        var (forged, photoKind) = random.Next(3) switch
        {
            0 => (Forgery.ReplacePhoto(png, painter, random, blend: false), "photo_replaced"),
            1 => (Forgery.ReplacePhoto(png, painter, random, blend: true), "photo_blended"),
            _ => (Forgery.RemovePhoto(png, painter), "photo_removed"),
        };
        (genuinePng, png, forgeryKind, verdict, suffix) = (png, forged, photoKind, "fraudulent", "-photo");
    }
    var captureSeed = random.Next();
    var name = $"{i:D4}-{kind.ToString().ToLowerInvariant()}-{degradation.Capture}";
    var (bytes, extension) = Degrader.Apply(genuinePng ?? png, degradation, new Random(captureSeed));
    var file = name + extension;
    await File.WriteAllBytesAsync(Path.Combine(options.Folder, file), bytes);
    if (genuinePng is not null)
    {
        // The genuine twin was written first; then the forgery, captured the same way.
        labels.Add(new()
        {
            ["file"] = file,
            ["mrz"] = string.Join('\n', genuineMrz),
            ["verdict"] = "clear",
            ["kind"] = "genuine",
            ["document"] = kind.ToString().ToLowerInvariant(),
            ["degraded"] = degraded,
            ["degradation"] = degradation,
        });
        twin = file;
        (bytes, _) = Degrader.Apply(png, degradation, new Random(captureSeed));
        file = name + suffix + extension;
        await File.WriteAllBytesAsync(Path.Combine(options.Folder, file), bytes);
    }
    if (forgeryKind == "genuine" && !unusable && options.ReuseShare > 0 && random.NextDouble() < options.ReuseShare)
    {
        twinOf = (person, file, kind);
    }
    labels.Add(new()
    {
        ["file"] = file,
        ["mrz"] = unusable ? null : string.Join('\n', mrz),
        ["verdict"] = unusable ? "unreadable" : verdict,
        ["kind"] = unusable ? "unreadable" : forgeryKind,
        ["document"] = kind.ToString().ToLowerInvariant(),
        ["twinOf"] = twin,
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
await File.WriteAllLinesAsync(Path.Combine(options.Folder, "register.csv"), register);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {labels.Count} images and labels.json to {options.Folder}"));
