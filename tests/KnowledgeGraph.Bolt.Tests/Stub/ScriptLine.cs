namespace KnowledgeGraph.Bolt.Tests.Stub;

/// <summary>
/// One line of a stub script:
/// <c>C: NAME json...</c> (client message expected), <c>S: NAME json...</c> (server message sent),
/// <c>S: &lt;HANDSHAKE&gt; 5.4</c> (read the client's handshake, answer with a version),
/// <c>C: &lt;HANDSHAKE&gt;</c> (read the handshake only), <c>S: &lt;RAW&gt; 48 54 ...</c> (raw bytes),
/// <c>S: &lt;NOOP&gt;</c> (an empty chunk), <c>S: &lt;CLOSE&gt;</c> (drop the connection),
/// <c>S: &lt;SLEEP&gt; 300</c> (a slow server: wait that many milliseconds before the next line),
/// <c>S: &lt;STALL&gt;</c> (a server that stops answering: read and drop until the client closes; ends the script).
/// A server value <c>{"$struct": "N", "fields": [...]}</c> is a PackStream structure (a node here).
/// The client messages read are kept in <see cref="StubServer.Received"/> for checks a script cannot express.
/// After the last line the client may only send GOODBYE or close.
/// </summary>
internal sealed record ScriptLine(int Number, bool FromClient, string Name, string Arguments)
{
    public static List<ScriptLine> Parse(IEnumerable<string> lines)
    {
        var result = new List<ScriptLine>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length < 3 || (line[0] != 'C' && line[0] != 'S') || line[1] != ':')
            {
                throw new FormatException($"Script line {number} must start with 'C:' or 'S:': {line}");
            }

            var body = line[2..].Trim();
            var space = body.IndexOf(' ', StringComparison.Ordinal);
            var name = space < 0 ? body : body[..space];
            var arguments = space < 0 ? string.Empty : body[(space + 1)..].Trim();
            result.Add(new ScriptLine(number, line[0] == 'C', name, arguments));
        }

        return result;
    }

    public override string ToString() => $"line {Number} ({(FromClient ? "C" : "S")}: {Name})";
}
