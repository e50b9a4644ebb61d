using System.Buffers.Binary;
using KnowledgeGraph.Bolt.PackStream;

namespace KnowledgeGraph.Bolt.Protocol;

/// <summary>Splits messages into chunks: each chunk has a 2-byte big-endian size; a 0x0000 chunk ends the message.</summary>
public static class Chunking
{
    public const int MaxChunkSize = ushort.MaxValue;

    /// <summary>Appends <paramref name="message"/> to <paramref name="output"/> as chunks followed by the end marker.</summary>
    public static void WriteChunked(ReadOnlySpan<byte> message, PackStreamWriter output, int maxChunkSize = MaxChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxChunkSize, MaxChunkSize);
        Span<byte> header = stackalloc byte[2];
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, maxChunkSize);
            BinaryPrimitives.WriteUInt16BigEndian(header, (ushort)size);
            output.WriteRaw(header);
            output.WriteRaw(message[..size]);
            message = message[size..];
        }

        header.Clear();
        output.WriteRaw(header);
    }
}
