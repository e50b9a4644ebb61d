namespace KnowledgeGraph.Bolt.Protocol;

/// <summary>Bolt message signatures (structure tags of the request and response messages).</summary>
public static class MessageTags
{
    public const byte Hello = 0x01;
    public const byte Goodbye = 0x02;
    public const byte Reset = 0x0F;
    public const byte Run = 0x10;
    public const byte Begin = 0x11;
    public const byte Commit = 0x12;
    public const byte Rollback = 0x13;
    public const byte Discard = 0x2F;
    public const byte Pull = 0x3F;
    public const byte Route = 0x66;
    public const byte Logon = 0x6A;
    public const byte Logoff = 0x6B;

    public const byte Success = 0x70;
    public const byte Record = 0x71;
    public const byte Ignored = 0x7E;
    public const byte Failure = 0x7F;

    private static readonly Dictionary<byte, string> Names = new()
    {
        [Hello] = "HELLO", [Goodbye] = "GOODBYE", [Reset] = "RESET", [Run] = "RUN", [Begin] = "BEGIN",
        [Commit] = "COMMIT", [Rollback] = "ROLLBACK", [Discard] = "DISCARD", [Pull] = "PULL", [Route] = "ROUTE",
        [Logon] = "LOGON", [Logoff] = "LOGOFF", [Success] = "SUCCESS", [Record] = "RECORD", [Ignored] = "IGNORED",
        [Failure] = "FAILURE",
    };

    public static string NameOf(byte tag) => Names.TryGetValue(tag, out var name) ? name : $"0x{tag:X2}";

    public static byte? FromName(string name)
    {
        foreach (var (tag, known) in Names)
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return tag;
            }
        }

        return null;
    }
}
