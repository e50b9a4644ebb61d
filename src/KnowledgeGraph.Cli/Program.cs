using KnowledgeGraph.Cli;

// Wiring only: the verbs are in Commands/, the host in Hosting/.
return await KgCommandLine.InvokeAsync(args).ConfigureAwait(false);
