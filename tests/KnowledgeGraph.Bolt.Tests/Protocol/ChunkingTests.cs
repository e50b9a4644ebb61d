using KnowledgeGraph.Bolt.PackStream;
using KnowledgeGraph.Bolt.Protocol;

namespace KnowledgeGraph.Bolt.Tests.Protocol;

public class ChunkingTests
{
    [Fact]
    public void Small_message_is_one_chunk_then_the_end_marker()
    {
        using var output = new PackStreamWriter();
        Chunking.WriteChunked([0xB0, 0x0F], output);
        Assert.Equal("0002B00F0000", Convert.ToHexString(output.WrittenSpan));
    }

    [Fact]
    public void Message_over_64_KiB_is_split_into_chunks_of_at_most_65535_bytes()
    {
        var message = Enumerable.Range(0, 150_000).Select(i => (byte)i).ToArray();
        using var output = new PackStreamWriter();
        Chunking.WriteChunked(message, output);
        var bytes = output.ToArray();

        Assert.Equal(150_000 + 3 * 2 + 2, bytes.Length);
        Assert.Equal("FFFF", Convert.ToHexString(bytes, 0, 2));
        Assert.Equal("FFFF", Convert.ToHexString(bytes, 2 + 65535, 2));
        Assert.Equal((150_000 - 2 * 65535).ToString("X4", System.Globalization.CultureInfo.InvariantCulture), Convert.ToHexString(bytes, 2 * (2 + 65535), 2));
        Assert.Equal("0000", Convert.ToHexString(bytes, bytes.Length - 2, 2));
    }

    [Fact]
    public async Task Reader_reassembles_chunks_and_skips_noop_chunks()
    {
        var big = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7)).ToArray();
        using var output = new PackStreamWriter();
        output.WriteRaw([0x00, 0x00, 0x00, 0x00]); // two NOOPs before the first message
        Chunking.WriteChunked(big, output);
        output.WriteRaw([0x00, 0x00]); // NOOP between messages
        Chunking.WriteChunked([1, 2, 3, 4, 5], output, maxChunkSize: 2); // small chunks: 2 + 2 + 1

        using var reader = new ChunkReader(new MemoryStream(output.ToArray()));
        Assert.Equal(big, (await reader.ReadMessageAsync()).ToArray());
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, (await reader.ReadMessageAsync()).ToArray());
        await Assert.ThrowsAsync<EndOfStreamException>(async () => await reader.ReadMessageAsync());
    }

    [Fact]
    public void Message_writer_chunks_a_large_run_message()
    {
        using var writer = new BoltMessageWriter();
        var parameters = new Dictionary<string, object?> { ["text"] = new string('x', 200_000) };
        writer.WriteRun("RETURN $text", parameters);
        Assert.Equal(1, writer.MessageCount);
        Assert.Equal("FFFF", Convert.ToHexString(writer.Output.Span[..2]));
        Assert.Equal("0000", Convert.ToHexString(writer.Output.Span[^2..]));
    }
}
