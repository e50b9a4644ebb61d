using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace KnowledgeGraph.Morphology;

/// <summary>Reads the little-endian fields of the compiled dictionary in order.</summary>
internal ref struct BinaryCursor(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly bool AtEnd => _position == _data.Length;

    public ReadOnlySpan<byte> Bytes(int count)
    {
        if (count < 0 || count > _data.Length - _position)
        {
            throw new InvalidDataException("The morphology dictionary is truncated.");
        }

        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }

    public ushort UInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2));

    public int Int32()
    {
        var value = BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4));
        return value <= int.MaxValue ? (int)value : throw new InvalidDataException("A count of the morphology dictionary is out of range.");
    }

    public string String() => Encoding.UTF8.GetString(Bytes(UInt16()));

    public string[] Strings()
    {
        var result = new string[Int32()];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = String();
        }

        return result;
    }

    public ushort[] UInt16s(int count) => MemoryMarshal.Cast<byte, ushort>(Bytes(checked(count * 2))).ToArray();

    public int[] Int32s(int count) => MemoryMarshal.Cast<byte, int>(Bytes(checked(count * 4))).ToArray();
}
