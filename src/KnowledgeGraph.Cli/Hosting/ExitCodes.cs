namespace KnowledgeGraph.Cli.Hosting;

/// <summary>Exit codes of kg, as the README documents them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int BadUsage = 2;
    public const int NotFound = 3;
    public const int Unavailable = 4;
    public const int Stopped = 130;
}
