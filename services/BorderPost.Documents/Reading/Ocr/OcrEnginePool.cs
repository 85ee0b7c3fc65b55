using System.Collections.Concurrent;

namespace BorderPost.Documents.Reading.Ocr;

/// <summary>
/// A fixed number of initialised Tesseract engines shared by all requests. An engine is created the first time the
/// pool runs short (at most <c>size</c> ever), kept for the life of the process, and lent to one caller at a time.
/// </summary>
public sealed class OcrEnginePool : IDisposable
{
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private readonly ConcurrentBag<TesseractEngine> _all = [];
    private readonly SemaphoreSlim _available;
    private readonly Func<TesseractEngine> _create;
    private bool _disposed;

    public OcrEnginePool(int size, string? dataPath = null, string language = "eng")
        : this(size, () => new TesseractEngine(dataPath, language))
    {
    }

    public OcrEnginePool(int size, Func<TesseractEngine> create)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        _available = new SemaphoreSlim(size, size);
        _create = create;
    }

    public int Size { get; }

    /// <summary>How many engines have been initialised so far (never more than <see cref="Size"/>).</summary>
    public int Created => _all.Count;

    /// <summary>Initialises one engine now, so the first request does not pay for it.</summary>
    public void WarmUp() => Use(_ => 0);

    public T Use<T>(Func<TesseractEngine, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _available.Wait();
        TesseractEngine? engine = null;
        try
        {
            if (!_idle.TryTake(out engine))
            {
                engine = _create();
                _all.Add(engine);
            }
            return work(engine);
        }
        finally
        {
            if (engine is not null)
            {
                _idle.Add(engine);
            }
            _available.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        // An engine still reading when the host stops must not be deleted under it: wait (a while) for every one.
        var returned = 0;
        while (returned < Size && _available.Wait(TimeSpan.FromSeconds(10)))
        {
            returned++;
        }
        if (returned < Size)
        {
            return; // an engine is stuck in native code; leaking them at shutdown beats crashing
        }
        foreach (var engine in _all)
        {
            engine.Dispose();
        }
        _available.Dispose();
    }
}
