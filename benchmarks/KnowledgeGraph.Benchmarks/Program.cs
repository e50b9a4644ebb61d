using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(KnowledgeGraph.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
