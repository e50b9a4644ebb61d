namespace KnowledgeGraph.Bolt.Protocol;

/// <summary>The Bolt handshake: magic preamble, four version proposals, and the server's 4-byte choice.</summary>
public static class Handshake
{
    public static readonly byte[] Magic = [0x60, 0x60, 0xB0, 0x17];

    private const uint HttpReply = 0x48545450; // "HTTP"

    /// <summary>
    /// Magic, then proposals "5.8 down to 5.0" (range encoding: 00 range minor major) and "4.4"; the last two slots are empty.
    /// </summary>
    public static byte[] CreateRequest() =>
    [
        .. Magic,
        0x00, 0x08, 0x08, 0x05,
        0x00, 0x00, 0x04, 0x04,
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];

    /// <summary>Interprets the server's reply; throws <see cref="BoltProtocolException"/> if no usable version was agreed.</summary>
    public static BoltVersion ParseResponse(ReadOnlySpan<byte> reply, string address)
    {
        if (reply.Length != 4)
        {
            throw new ArgumentException("The handshake reply is 4 bytes.", nameof(reply));
        }

        var raw = (uint)(reply[0] << 24 | reply[1] << 16 | reply[2] << 8 | reply[3]);
        if (raw == HttpReply)
        {
            throw new BoltProtocolException(
                $"The server at {address} answered the Bolt handshake with HTTP. The HTTP port (usually 7474) was given " +
                "instead of the Bolt port (default 7687); use a bolt:// or neo4j:// URI with the Bolt port.");
        }

        if (reply[0] is 0x15 or 0x16 && reply[1] == 0x03)
        {
            throw new BoltProtocolException(
                $"The server at {address} answered the Bolt handshake with TLS: the port requires encryption. Use bolt+s:// or " +
                "neo4j+s:// (bolt+ssc:// or neo4j+ssc:// for a self-signed certificate).");
        }

        if (raw == 0)
        {
            throw new BoltProtocolException(
                $"The server at {address} supports none of the offered Bolt versions (5.0-5.8, 4.4). Upgrade the server to Neo4j 4.4 or later.");
        }

        var version = new BoltVersion(reply[3], reply[2]);
        var offered = version == BoltVersion.V4_4 || (version.Major == 5 && version.Minor <= 8);
        if (!offered)
        {
            throw new BoltProtocolException($"The server at {address} chose Bolt {version}, which was not offered (raw reply 0x{raw:X8}).");
        }

        return version;
    }
}
