namespace KnowledgeGraph.Cli.Hosting;

/// <summary>A mistake on the command line or in the configuration: one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
