using System.Buffers;

namespace KnowledgeGraph.Model;

/// <summary>
/// UTF-8 bytes in an array rented from <see cref="ArrayPool{T}.Shared"/>: a writer that hands one graph JSON a
/// moment to another thread (kg extract's workers to its file writer) reuses the same few arrays instead of
/// allocating one of ~33 KB per article, which the collector would have to copy while it waits in the queue.
/// <see cref="Dispose"/> gives the array back (once, from any thread); the bytes must not be used after it.
/// One not disposed is only collected like any array.
/// </summary>
public sealed class PooledUtf8 : IDisposable
{
    private readonly int _length;
    private byte[]? _array;

    public PooledUtf8(ReadOnlySpan<byte> bytes)
    {
        _array = ArrayPool<byte>.Shared.Rent(bytes.Length);
        bytes.CopyTo(_array);
        _length = bytes.Length;
    }

    public ReadOnlyMemory<byte> Bytes => _array is { } array ? array.AsMemory(0, _length) : throw new ObjectDisposedException(nameof(PooledUtf8));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _array, null) is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
