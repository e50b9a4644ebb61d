using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace KnowledgeGraph.Bolt.PackStream;

/// <summary>
/// Writes PackStream values into a growable buffer rented from <see cref="ArrayPool{T}"/>.
/// Always picks the smallest representation. Not thread safe; dispose to return the buffer.
/// </summary>
public sealed partial class PackStreamWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private byte[] _buffer;
    private int _length;

    public PackStreamWriter(int initialCapacity = 4096)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 64));
    }

    /// <summary>
    /// When true (Bolt 5.0+, or 4.4 with the "utc" patch) date-times with an offset or zone are written
    /// in the UTC-based form (0x49/0x69); otherwise the legacy local-time form (0x46/0x66).
    /// </summary>
    public bool UseUtcDateTime { get; set; } = true;

    /// <summary>Number of bytes written so far.</summary>
    public int Length => _length;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Forgets the written bytes, keeping the buffer.</summary>
    public void Clear() => _length = 0;

    /// <summary>Cuts the written bytes back to <paramref name="length"/>.</summary>
    public void Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, _length);
        _length = length;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void WriteNull() => WriteByte(Markers.Null);

    public void WriteBoolean(bool value) => WriteByte(value ? Markers.True : Markers.False);

    public void WriteInteger(long value)
    {
        if (value >= -16 && value <= 127)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value >= sbyte.MinValue && value <= sbyte.MaxValue)
        {
            var span = Grow(2);
            span[0] = Markers.Int8;
            span[1] = unchecked((byte)(sbyte)value);
        }
        else if (value >= short.MinValue && value <= short.MaxValue)
        {
            var span = Grow(3);
            span[0] = Markers.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
        }
        else if (value >= int.MinValue && value <= int.MaxValue)
        {
            var span = Grow(5);
            span[0] = Markers.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
        }
        else
        {
            var span = Grow(9);
            span[0] = Markers.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
        }
    }

    public void WriteFloat(double value)
    {
        var span = Grow(9);
        span[0] = Markers.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteSizeHeader(value.Length, tinyBase: null, Markers.Bytes8, Markers.Bytes16, Markers.Bytes32);
        value.CopyTo(Grow(value.Length));
    }

    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        WriteString(value.AsSpan());
    }

    public void WriteString(ReadOnlySpan<char> value)
    {
        if (value.Length <= MaxShortStringChars)
        {
            WriteShortString(value);
            return;
        }

        int byteCount;
        try
        {
            byteCount = Utf8.GetByteCount(value);
        }
        catch (EncoderFallbackException ex)
        {
            throw new PackStreamException("The string is not valid UTF-16 (unpaired surrogate) and cannot be encoded as UTF-8.", ex);
        }

        WriteSizeHeader(byteCount, Markers.TinyStringBase, Markers.String8, Markers.String16, Markers.String32);
        Utf8.GetBytes(value, Grow(byteCount));
    }

    // Up to 85 chars need at most 255 UTF-8 bytes, so the header is tiny or STRING_8 whatever the content.
    private const int MaxShortStringChars = byte.MaxValue / 3;

    /// <summary>One pass for short strings: encode after a 2-byte header slot, then fix the header up.</summary>
    private void WriteShortString(ReadOnlySpan<char> value)
    {
        var start = _length;
        var slot = Grow(2 + value.Length * 3);
        int written;
        try
        {
            written = Utf8.GetBytes(value, slot[2..]);
        }
        catch (EncoderFallbackException ex)
        {
            _length = start;
            throw new PackStreamException("The string is not valid UTF-16 (unpaired surrogate) and cannot be encoded as UTF-8.", ex);
        }

        if (written < 16)
        {
            slot[0] = (byte)(Markers.TinyStringBase | written);
            slot.Slice(2, written).CopyTo(slot[1..]);
            _length = start + 1 + written;
        }
        else
        {
            slot[0] = Markers.String8;
            slot[1] = (byte)written;
            _length = start + 2 + written;
        }
    }

    /// <summary>Writes an already UTF-8 encoded string.</summary>
    public void WriteUtf8String(ReadOnlySpan<byte> utf8)
    {
        WriteSizeHeader(utf8.Length, Markers.TinyStringBase, Markers.String8, Markers.String16, Markers.String32);
        utf8.CopyTo(Grow(utf8.Length));
    }

    public void WriteListHeader(int count) =>
        WriteSizeHeader(count, Markers.TinyListBase, Markers.List8, Markers.List16, Markers.List32);

    public void WriteMapHeader(int count) =>
        WriteSizeHeader(count, Markers.TinyMapBase, Markers.Map8, Markers.Map16, Markers.Map32);

    /// <summary>Writes a structure header; the caller then writes exactly <paramref name="fieldCount"/> values.</summary>
    public void WriteStructHeader(int fieldCount, byte tag)
    {
        if (fieldCount is < 0 or > 15)
        {
            throw new PackStreamException($"A structure holds 0 to 15 fields, not {fieldCount}.");
        }

        var span = Grow(2);
        span[0] = (byte)(Markers.TinyStructBase | fieldCount);
        span[1] = tag;
    }

    /// <summary>Appends raw bytes (already PackStream encoded).</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Grow(bytes.Length));

    private void WriteSizeHeader(int size, byte? tinyBase, byte marker8, byte marker16, byte marker32)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (tinyBase is { } tiny && size < 16)
        {
            WriteByte((byte)(tiny | size));
        }
        else if (size <= byte.MaxValue)
        {
            var span = Grow(2);
            span[0] = marker8;
            span[1] = (byte)size;
        }
        else if (size <= ushort.MaxValue)
        {
            var span = Grow(3);
            span[0] = marker16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
        }
        else
        {
            var span = Grow(5);
            span[0] = marker32;
            BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)size);
        }
    }

    private void WriteByte(byte value)
    {
        if (_length < _buffer.Length)
        {
            _buffer[_length++] = value;
            return;
        }

        Grow(1)[0] = value;
    }

    /// <summary>Reserves <paramref name="count"/> bytes at the end and returns them for writing.</summary>
    private Span<byte> Grow(int count)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        var required = _length + count;
        if (required > _buffer.Length)
        {
            Resize(required);
        }

        var span = _buffer.AsSpan(_length, count);
        _length = required;
        return span;
    }

    private void Resize(int required)
    {
        var newSize = (int)Math.Min(Math.Max((long)_buffer.Length * 2, required), Array.MaxLength);
        if (newSize < required)
        {
            throw new PackStreamException("The message is too large to encode.");
        }

        var bigger = ArrayPool<byte>.Shared.Rent(newSize);
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
