using BorderPost.Documents.Reading;
using BorderPost.Documents.Reading.Ocr;
using OpenCvSharp;

// Usage: <opencv-first|tesseract-first> <image>. Reads the image's MRZ with OpenCV and Tesseract in one process,
// loading the two native libraries in the order asked; prints the MRZ lines and exits 0, or crashes.
if (args.Length != 2 || args[0] is not ("opencv-first" or "tesseract-first"))
{
    Console.Error.WriteLine("usage: <opencv-first|tesseract-first> <image>");
    return 2;
}
if (args[0] == "opencv-first")
{
    using var probe = new Mat(8, 8, MatType.CV_8UC1, Scalar.All(0));
    Cv2.GaussianBlur(probe, probe, new Size(3, 3), 0);
    using var png = Cv2.ImDecode(probe.ImEncode(".png"), ImreadModes.Grayscale);
    Console.WriteLine($"OpenCV {Cv2.GetVersionString()} loaded first");
}
else
{
    using var engine = new TesseractEngine(null, "eng");
    Console.WriteLine("Tesseract loaded first");
}
using var pool = new OcrEnginePool(1);
var intake = ImageIntake.Accept(File.ReadAllBytes(args[1]));
using var gray = intake.Gray ?? throw new InvalidOperationException($"Image rejected: {intake.Rejection}");
var reading = new DocumentReader(pool).Read(gray, DateOnly.FromDateTime(DateTime.UtcNow));
Console.WriteLine(string.Join('\n', reading.Mrz?.Lines ?? []));
return reading.Mrz is null ? 1 : 0;
