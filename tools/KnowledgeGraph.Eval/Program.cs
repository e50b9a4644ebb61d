using KnowledgeGraph.Eval;

// A small dispatcher: one command a file.
var commands = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.Ordinal)
{
    ["extract"] = ExtractCommand.RunAsync,
    ["facts"] = FactsCommand.RunAsync,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine("usage: KnowledgeGraph.Eval <command> …\ncommands: " + string.Join(", ", commands.Keys));
    return 2;
}

return await run(args[1..]).ConfigureAwait(false);
