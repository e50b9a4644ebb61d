namespace KnowledgeGraph.Bolt.Tests.Scenarios;

/// <summary>Common script fragments and driver set-up for the stub server conversations.</summary>
internal static class Scripts
{
    public const string User = "neo4j";
    public const string Password = "s3cret-Pa55";

    public const string BoltAgent = """{"product": "*", "platform": "*", "language": "*", "language_details": "*"}""";

    /// <summary>Handshake, HELLO and LOGON of Bolt 5.1+ (credentials in LOGON).</summary>
    public static string[] Login54(string? routingAddress = null) =>
    [
        "S: <HANDSHAKE> 5.4",
        $$"""C: HELLO {"user_agent": "KnowledgeGraph/1.0", "bolt_agent": {{BoltAgent}}{{Routing(routingAddress)}}}""",
        """S: SUCCESS {"server": "Neo4j/5.20.0", "connection_id": "bolt-7"}""",
        $$"""C: LOGON {"scheme": "basic", "principal": "{{User}}", "credentials": "{{Password}}"}""",
        "S: SUCCESS {}",
    ];

    public static string Routing(string? address) => address is null ? string.Empty : $$""", "routing": {"address": "{{address}}"}""";

    /// <summary>RUN + PULL of a simple query in an explicit transaction, answered with one record.</summary>
    public static string[] ReturnOne(string query = "RETURN 1 AS n") =>
    [
        $$"""C: RUN "{{query}}" {} {}""",
        """C: PULL {"n": 1000}""",
        """S: SUCCESS {"fields": ["n"], "t_first": 3}""",
        "S: RECORD [1]",
        """S: SUCCESS {"type": "r", "t_last": 1, "db": "neo4j"}""",
    ];

    /// <summary>Options whose retry delays do not sleep: they are recorded and advance a fake clock.</summary>
    public static (BoltDriverOptions Options, List<TimeSpan> Delays) Options()
    {
        var delays = new List<TimeSpan>();
        var time = new FakeTime();
        var options = new BoltDriverOptions
        {
            ConnectionTimeout = TimeSpan.FromSeconds(5),
            Random = () => 0.5,
            TimeProvider = time,
            Delay = (delay, _) =>
            {
                lock (delays)
                {
                    delays.Add(delay);
                }

                time.Advance(delay);
                return Task.CompletedTask;
            },
        };
        return (options, delays);
    }

    /// <summary>A clock that moves only when told; also the sink tests' clock.</summary>
    internal sealed class FakeTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(GetTimestamp());

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }

    public static BoltDriver NewDriver(string uri, BoltDriverOptions options) =>
        BoltDriver.Create(uri, AuthTokens.Basic(User, Password), options);

    public static string[] Concat(params string[][] parts) => parts.SelectMany(p => p).ToArray();
}
