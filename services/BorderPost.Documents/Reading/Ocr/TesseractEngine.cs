using OpenCvSharp;

namespace BorderPost.Documents.Reading.Ocr;

/// <summary>A character Tesseract read, where it is in the image, and its confidence (0–100).</summary>
public sealed record OcrSymbol(char Character, Rect Box, float Confidence);

/// <summary>One line of text read by Tesseract, symbol by symbol, left to right.</summary>
public sealed record OcrLine(IReadOnlyList<OcrSymbol> Symbols);

/// <summary>A word Tesseract read, its box in the image read and its confidence (0–100).</summary>
public sealed record OcrWord(string Text, Rect Box, float Confidence);

/// <summary>
/// One initialised Tesseract engine. Not thread-safe: use it from one thread at a time (see <see cref="OcrEnginePool"/>).
/// Initialising costs a few hundred milliseconds and ~30 MB, which is why engines are pooled, never made per request.
/// </summary>
public sealed class TesseractEngine : IDisposable
{
    public const string MrzAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

    private IntPtr _handle;

    /// <param name="whitelist">The characters it may read (the MRZ alphabet by default); null for any.</param>
    public TesseractEngine(string? dataPath, string language, string? whitelist = MrzAlphabet)
    {
        NativeLibraries.EnsureLoadOrder();
        _handle = TesseractNative.TessBaseAPICreate();
        if (_handle == IntPtr.Zero || TesseractNative.TessBaseAPIInit3(_handle, dataPath, language) != 0)
        {
            Dispose();
            throw new InvalidOperationException(
                $"Tesseract could not load language '{language}' from '{dataPath ?? "its default folder"}'. " +
                "Install Debian's tesseract-ocr-eng (deploy/prereqs.sh does).");
        }
        if (whitelist is not null)
        {
            TesseractNative.TessBaseAPISetVariable(_handle, "tessedit_char_whitelist", whitelist);
        }
        TesseractNative.TessBaseAPISetVariable(_handle, "debug_file", "/dev/null");
        TesseractNative.TessBaseAPISetPageSegMode(_handle, TesseractNative.PageSegModeSingleBlock);
    }

    /// <summary>Reads the text lines of an 8-bit single-channel image (one line only when <paramref name="singleLine"/>).</summary>
    public IReadOnlyList<OcrLine> ReadLines(Mat gray, bool singleLine = false)
    {
        ObjectDisposedException.ThrowIf(_handle == IntPtr.Zero, this);
        if (gray.Type() != MatType.CV_8UC1 || gray.Empty())
        {
            throw new ArgumentException("Expected a non-empty 8-bit grayscale image", nameof(gray));
        }
        using var continuous = gray.IsContinuous() ? null : gray.Clone();
        var image = continuous ?? gray;
        try
        {
            TesseractNative.TessBaseAPISetPageSegMode(
                _handle, singleLine ? TesseractNative.PageSegModeSingleLine : TesseractNative.PageSegModeSingleBlock);
            TesseractNative.TessBaseAPISetImage(_handle, image.Data, image.Width, image.Height, 1, (int)image.Step());
            TesseractNative.TessBaseAPISetSourceResolution(_handle, 300);
            if (TesseractNative.TessBaseAPIRecognize(_handle, IntPtr.Zero) != 0)
            {
                return [];
            }
            return CollectLines();
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(_handle);
        }
    }

    /// <summary>Reads the words of a page of printed text (an 8-bit single-channel image), with their boxes.</summary>
    public IReadOnlyList<OcrWord> ReadWords(Mat gray)
    {
        ObjectDisposedException.ThrowIf(_handle == IntPtr.Zero, this);
        if (gray.Type() != MatType.CV_8UC1 || gray.Empty())
        {
            throw new ArgumentException("Expected a non-empty 8-bit grayscale image", nameof(gray));
        }
        using var continuous = gray.IsContinuous() ? null : gray.Clone();
        var image = continuous ?? gray;
        var words = new List<OcrWord>();
        try
        {
            TesseractNative.TessBaseAPISetPageSegMode(_handle, TesseractNative.PageSegModeAuto);
            TesseractNative.TessBaseAPISetImage(_handle, image.Data, image.Width, image.Height, 1, (int)image.Step());
            TesseractNative.TessBaseAPISetSourceResolution(_handle, 300);
            if (TesseractNative.TessBaseAPIRecognize(_handle, IntPtr.Zero) != 0)
            {
                return words;
            }
            var iterator = TesseractNative.TessBaseAPIGetIterator(_handle);
            if (iterator == IntPtr.Zero)
            {
                return words;
            }
            try
            {
                var page = TesseractNative.TessResultIteratorGetPageIterator(iterator);
                do
                {
                    var text = TesseractNative.TakeText(TesseractNative.TessResultIteratorGetUTF8Text(iterator, TesseractNative.PageIteratorLevelWord)).Trim();
                    if (text.Length > 0 && TesseractNative.TessPageIteratorBoundingBox(
                            page, TesseractNative.PageIteratorLevelWord, out var left, out var top, out var right, out var bottom) != 0)
                    {
                        var confidence = TesseractNative.TessResultIteratorConfidence(iterator, TesseractNative.PageIteratorLevelWord);
                        words.Add(new OcrWord(text, new Rect(left, top, right - left, bottom - top), confidence));
                    }
                }
                while (TesseractNative.TessPageIteratorNext(page, TesseractNative.PageIteratorLevelWord) != 0);
            }
            finally
            {
                TesseractNative.TessResultIteratorDelete(iterator);
            }
            return words;
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(_handle);
        }
    }

    // Walks the result symbol by symbol, starting a new line where Tesseract says one begins.
    private List<OcrLine> CollectLines()
    {
        var lines = new List<OcrLine>();
        var iterator = TesseractNative.TessBaseAPIGetIterator(_handle);
        if (iterator == IntPtr.Zero)
        {
            return lines;
        }
        try
        {
            var page = TesseractNative.TessResultIteratorGetPageIterator(iterator);
            var symbols = new List<OcrSymbol>();
            do
            {
                if (TesseractNative.TessPageIteratorIsAtBeginningOf(page, TesseractNative.PageIteratorLevelTextLine) != 0)
                {
                    AddLine(lines, symbols);
                    symbols = [];
                }
                var text = TesseractNative.TakeText(
                    TesseractNative.TessResultIteratorGetUTF8Text(iterator, TesseractNative.PageIteratorLevelSymbol));
                if (text.Length == 0 || char.IsWhiteSpace(text[0])
                    || TesseractNative.TessPageIteratorBoundingBox(
                        page, TesseractNative.PageIteratorLevelSymbol, out var left, out var top, out var right, out var bottom) == 0)
                {
                    continue;
                }
                var confidence = TesseractNative.TessResultIteratorConfidence(iterator, TesseractNative.PageIteratorLevelSymbol);
                symbols.Add(new OcrSymbol(text[0], new Rect(left, top, right - left, bottom - top), confidence));
            }
            while (TesseractNative.TessPageIteratorNext(page, TesseractNative.PageIteratorLevelSymbol) != 0);
            AddLine(lines, symbols);
        }
        finally
        {
            TesseractNative.TessResultIteratorDelete(iterator);
        }
        return lines;
    }

    private static void AddLine(List<OcrLine> lines, List<OcrSymbol> symbols)
    {
        if (symbols.Count > 0)
        {
            lines.Add(new OcrLine(symbols));
        }
    }

    public void Dispose()
    {
        if (_handle != IntPtr.Zero)
        {
            TesseractNative.TessBaseAPIEnd(_handle);
            TesseractNative.TessBaseAPIDelete(_handle);
            _handle = IntPtr.Zero;
        }
    }
}
