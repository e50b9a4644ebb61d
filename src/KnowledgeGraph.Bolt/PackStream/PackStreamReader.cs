using System.Buffers.Binary;
using System.Text;

namespace KnowledgeGraph.Bolt.PackStream;

/// <summary>
/// Reads PackStream values from a buffer. Lists become <see cref="List{T}"/> of object, dictionaries
/// <see cref="Dictionary{TKey,TValue}"/> with string keys, structures the types in <see cref="StructureDecoder"/>.
/// </summary>
public sealed class PackStreamReader
{
    private readonly ReadOnlyMemory<byte> _data;
    private int _position;

    public PackStreamReader(ReadOnlyMemory<byte> data)
    {
        _data = data;
    }

    public int Position => _position;

    public bool HasMore => _position < _data.Length;

    /// <summary>Reads the header of a structure: its field count and tag.</summary>
    public (int FieldCount, byte Tag) ReadStructHeader()
    {
        var marker = ReadByte();
        if ((marker & 0xF0) != Markers.TinyStructBase)
        {
            throw new PackStreamException($"Expected a structure, found marker 0x{marker:X2}.");
        }

        return (marker & 0x0F, ReadByte());
    }

    public object? ReadValue()
    {
        var marker = ReadByte();
        if (marker <= 0x7F)
        {
            return (long)marker;
        }

        if (marker >= 0xF0)
        {
            return (long)(sbyte)marker;
        }

        var high = marker & 0xF0;
        var low = marker & 0x0F;
        return high switch
        {
            Markers.TinyStringBase => ReadString(low),
            Markers.TinyListBase => ReadList(low),
            Markers.TinyMapBase => ReadMap(low),
            Markers.TinyStructBase => ReadStructure(low),
            _ => ReadSizedValue(marker),
        };
    }

    private object? ReadSizedValue(byte marker) => marker switch
    {
        Markers.Null => null,
        Markers.True => true,
        Markers.False => false,
        Markers.Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
        Markers.Int8 => (long)(sbyte)ReadByte(),
        Markers.Int16 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
        Markers.Int32 => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
        Markers.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
        Markers.Bytes8 => Take(ReadByte()).ToArray(),
        Markers.Bytes16 => Take(ReadUInt16()).ToArray(),
        Markers.Bytes32 => Take(ReadSize32()).ToArray(),
        Markers.String8 => ReadString(ReadByte()),
        Markers.String16 => ReadString(ReadUInt16()),
        Markers.String32 => ReadString(ReadSize32()),
        Markers.List8 => ReadList(ReadByte()),
        Markers.List16 => ReadList(ReadUInt16()),
        Markers.List32 => ReadList(ReadSize32()),
        Markers.Map8 => ReadMap(ReadByte()),
        Markers.Map16 => ReadMap(ReadUInt16()),
        Markers.Map32 => ReadMap(ReadSize32()),
        _ => throw new PackStreamException($"Unknown or reserved PackStream marker 0x{marker:X2} at offset {_position - 1}."),
    };

    private string ReadString(int byteCount)
    {
        try
        {
            return Encoding.UTF8.GetString(Take(byteCount));
        }
        catch (DecoderFallbackException ex)
        {
            throw new PackStreamException("A string is not valid UTF-8.", ex);
        }
    }

    private List<object?> ReadList(int count)
    {
        var list = new List<object?>(Math.Min(count, _data.Length - _position));
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadValue());
        }

        return list;
    }

    private Dictionary<string, object?> ReadMap(int count)
    {
        var map = new Dictionary<string, object?>(Math.Min(count, (_data.Length - _position) / 2));
        for (var i = 0; i < count; i++)
        {
            if (ReadValue() is not string key)
            {
                throw new PackStreamException("A dictionary key is not a string.");
            }

            // The specification says that a repeated key replaces the earlier value.
            map[key] = ReadValue();
        }

        return map;
    }

    private object ReadStructure(int fieldCount)
    {
        var tag = ReadByte();
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            fields[i] = ReadValue();
        }

        return StructureDecoder.Decode(tag, fields);
    }

    private byte ReadByte()
    {
        if (_position >= _data.Length)
        {
            throw new PackStreamException("Unexpected end of PackStream data.");
        }

        return _data.Span[_position++];
    }

    private ushort ReadUInt16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadUInt32BigEndian(Take(4));
        if (size > int.MaxValue)
        {
            throw new PackStreamException($"Size {size} is larger than this reader supports.");
        }

        return (int)size;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
        {
            throw new PackStreamException($"Unexpected end of PackStream data: {count} bytes needed at offset {_position}, {_data.Length - _position} left.");
        }

        var span = _data.Span.Slice(_position, count);
        _position += count;
        return span;
    }
}
