using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BorderPost.Documents.Reading.Ocr;

/// <summary>
/// OpenCvSharp's native library carries its own libpng. If it is loaded before libtesseract, Leptonica binds to the
/// wrong libpng and Tesseract crashes while recognising (a double free). Loading libtesseract first avoids it, so this
/// runs when the assembly is first touched and again before any engine or image operation.
/// </summary>
public static partial class NativeLibraries
{
    private static readonly Lazy<IntPtr> Tesseract = new(() =>
    {
        // Tesseract's OpenMP threads spin on the second core and make each page ~5x slower on a small machine; one
        // thread per engine, and a pool of engines for parallelism. OpenMP reads this when it loads, hence setenv.
        _ = SetEnvironment("OMP_THREAD_LIMIT", "1", overwrite: 0);
        // A second guard behind the header check: OpenCV itself refuses to decode more than 40 megapixels.
        _ = SetEnvironment("OPENCV_IO_MAX_IMAGE_PIXELS", "40000000", overwrite: 0);
        return NativeLibrary.Load(TesseractNative.Library);
    });

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvironment(string name, string value, int overwrite);

    [ModuleInitializer]
    internal static void LoadAtStartup() => _ = TryLoad();

    /// <summary>Loads libtesseract if it is not loaded yet; returns whether it is available.</summary>
    public static bool TryLoad()
    {
        try
        {
            return Tesseract.Value != IntPtr.Zero;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    public static void EnsureLoadOrder()
    {
        if (!TryLoad())
        {
            throw new DllNotFoundException(
                $"{TesseractNative.Library} is missing: install Debian's tesseract-ocr (deploy/prereqs.sh does).");
        }
    }
}
