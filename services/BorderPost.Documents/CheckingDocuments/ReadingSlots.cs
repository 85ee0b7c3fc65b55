namespace BorderPost.Documents.CheckingDocuments;

/// <summary>
/// How many uploads are decoded and read at once: as many as there are OCR engines. A picture can take 100+ MB while
/// it is read, and a reading holds a thread; past this, callers get a 503 with Retry-After instead of piling up.
/// </summary>
public sealed class ReadingSlots(int slots) : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _free = new(slots, slots);

    public async Task<IDisposable?> TryTakeAsync(CancellationToken ct) =>
        await _free.WaitAsync(Patience, ct) ? new Slot(_free) : null;

    public void Dispose() => _free.Dispose();

    private sealed class Slot(SemaphoreSlim free) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                free.Release();
            }
        }
    }
}
