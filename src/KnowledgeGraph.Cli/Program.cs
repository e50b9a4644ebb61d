using KnowledgeGraph.Cli;
using KnowledgeGraph.Cli.Hosting;

// Wiring only: the verbs are in Commands/, the host in Hosting/.
JitProfile.Start(args); // methods this verb compiled last time are compiled ahead on another core
return await KgCommandLine.InvokeAsync(args).ConfigureAwait(false);
