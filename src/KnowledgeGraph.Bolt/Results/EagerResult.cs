namespace KnowledgeGraph.Bolt;

/// <summary>The fully read result of <see cref="BoltDriver.ExecuteQueryAsync(string, IReadOnlyDictionary{string, object?}?, string?, CancellationToken)"/>.</summary>
public sealed record EagerResult(IReadOnlyList<Record> Records, ResultSummary Summary, IReadOnlyList<string> Keys);
