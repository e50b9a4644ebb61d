using System.Buffers;

namespace KnowledgeGraph.Bolt.Protocol;

/// <summary>Reads chunked messages from a stream; NOOP chunks (a lone 0x0000 between messages) are skipped.</summary>
public sealed class ChunkReader : IDisposable
{
    private readonly Stream _stream;
    private readonly byte[] _header = new byte[2];
    private byte[] _message;
    private int _length;

    public ChunkReader(Stream stream)
    {
        _stream = stream;
        _message = ArrayPool<byte>.Shared.Rent(8192);
    }

    /// <summary>Reads the next message. The memory is valid until the next call.</summary>
    /// <exception cref="EndOfStreamException">The stream ended.</exception>
    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken = default)
    {
        _length = 0;
        while (true)
        {
            await _stream.ReadExactlyAsync(_header, cancellationToken).ConfigureAwait(false);
            var size = (_header[0] << 8) | _header[1];
            if (size == 0)
            {
                if (_length == 0)
                {
                    continue; // NOOP / keep-alive chunk
                }

                return _message.AsMemory(0, _length);
            }

            EnsureCapacity(_length + size);
            await _stream.ReadExactlyAsync(_message.AsMemory(_length, size), cancellationToken).ConfigureAwait(false);
            _length += size;
        }
    }

    public void Dispose()
    {
        var message = _message;
        _message = [];
        if (message.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }

    private void EnsureCapacity(int required)
    {
        if (required <= _message.Length)
        {
            return;
        }

        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(required, _message.Length * 2));
        _message.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_message);
        _message = bigger;
    }
}
