using System.Globalization;
using KnowledgeGraph.Bolt.Protocol;

namespace KnowledgeGraph.Bolt.Tests.Stub;

/// <summary>Plays one script on one connection.</summary>
internal sealed class ScriptPlayer(Stream stream, List<ScriptLine> script, string name, Action<string> deviation, Action<BoltMessage>? received = null)
{
    private readonly ChunkReader _reader = new(stream);

    public async Task PlayAsync(CancellationToken cancellationToken)
    {
        using var reader = _reader;
        foreach (var line in script)
        {
            var ok = line.FromClient
                ? await ExpectAsync(line, cancellationToken)
                : await SendAsync(line, cancellationToken);
            if (!ok)
            {
                return; // the connection is closed by the caller
            }
        }

        await ExpectGoodbyeOrCloseAsync(cancellationToken);
    }

    private async Task<bool> SendAsync(ScriptLine line, CancellationToken cancellationToken)
    {
        switch (line.Name)
        {
            case "<HANDSHAKE>":
                return await HandshakeAsync(line, line.Arguments, cancellationToken);
            case "<RAW>":
                await stream.WriteAsync(StubServer.ParseHex(line.Arguments), cancellationToken);
                return true;
            case "<NOOP>":
                await stream.WriteAsync(new byte[2], cancellationToken);
                return true;
            case "<CLOSE>":
                return false;
            case "<STALL>":
                await StallAsync(cancellationToken);
                return false;
            case "<SLEEP>":
                await Task.Delay(int.Parse(line.Arguments, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
                return true;
        }

        var tag = MessageTags.FromName(line.Name) ?? throw new FormatException($"{name} {line}: unknown message name.");
        await stream.WriteAsync(StubStructure.EncodeMessage(tag, JsonValues.ParseMany(line.Arguments)), cancellationToken);
        return true;
    }

    private async Task<bool> ExpectAsync(ScriptLine line, CancellationToken cancellationToken)
    {
        if (line.Name == "<HANDSHAKE>")
        {
            return await HandshakeAsync(line, version: null, cancellationToken);
        }

        BoltMessage actual;
        try
        {
            actual = BoltMessage.Parse(await _reader.ReadMessageAsync(cancellationToken));
        }
        catch (EndOfStreamException)
        {
            return Deviate(line, "the client closed the connection");
        }

        received?.Invoke(actual);

        var expectedTag = MessageTags.FromName(line.Name) ?? throw new FormatException($"{name} {line}: unknown message name.");
        if (actual.Tag != expectedTag)
        {
            return Deviate(line, $"client sent {actual.Name} {JsonValues.Describe(actual.Fields)}");
        }

        var expected = JsonValues.ParseMany(line.Arguments);
        var mismatch = ValueMatcher.Mismatch(expected, actual.Fields.ToList(), line.Name);
        return mismatch is null || Deviate(line, mismatch);
    }

    /// <summary>Reads magic and the four proposals; answers <paramref name="version"/> if given (it must be among the proposals).</summary>
    private async Task<bool> HandshakeAsync(ScriptLine line, string? version, CancellationToken cancellationToken)
    {
        var request = new byte[20];
        try
        {
            await stream.ReadExactlyAsync(request, cancellationToken);
        }
        catch (EndOfStreamException)
        {
            return Deviate(line, "the client closed the connection before the handshake");
        }

        if (!request.AsSpan(0, 4).SequenceEqual(Handshake.Magic))
        {
            return Deviate(line, $"bad magic {Convert.ToHexString(request, 0, 4)}");
        }

        if (version is null)
        {
            return true;
        }

        var parts = version.Split('.');
        var major = byte.Parse(parts[0], CultureInfo.InvariantCulture);
        var minor = byte.Parse(parts[1], CultureInfo.InvariantCulture);
        if (!Proposed(request, major, minor))
        {
            return Deviate(line, $"the client did not propose {version}: {Convert.ToHexString(request, 4, 16)}");
        }

        await stream.WriteAsync(new byte[] { 0, 0, minor, major }, cancellationToken);
        return true;
    }

    private static bool Proposed(byte[] request, byte major, byte minor)
    {
        for (var offset = 4; offset < 20; offset += 4)
        {
            var (range, proposedMinor, proposedMajor) = (request[offset + 1], request[offset + 2], request[offset + 3]);
            if (proposedMajor == major && minor <= proposedMinor && minor >= proposedMinor - range)
            {
                return true;
            }
        }

        return false;
    }

    private async Task ExpectGoodbyeOrCloseAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            BoltMessage message;
            try
            {
                message = BoltMessage.Parse(await _reader.ReadMessageAsync(cancellationToken));
            }
            catch (Exception ex) when (ex is EndOfStreamException or IOException)
            {
                return;
            }

            if (message.Tag != MessageTags.Goodbye)
            {
                deviation($"{name}: after the end of the script the client sent {message.Name} {JsonValues.Describe(message.Fields)}");
                return;
            }
        }
    }

    /// <summary>A server that stopped answering: whatever the client sends is read and dropped until it closes the connection.</summary>
    private async Task StallAsync(CancellationToken cancellationToken)
    {
        var sink = new byte[4096];
        try
        {
            while (await stream.ReadAsync(sink, cancellationToken) > 0)
            {
            }
        }
        catch (IOException)
        {
            // The client reset the connection: it gave up, which is what a stall is for.
        }
    }

    private bool Deviate(ScriptLine line, string what)
    {
        deviation($"{name} {line}: {what}");
        return false;
    }
}
