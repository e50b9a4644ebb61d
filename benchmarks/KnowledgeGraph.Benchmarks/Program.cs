using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- --filter '*'
// The generated benchmark project builds the whole solution: on a busy 2-core machine that takes longer than BenchmarkDotNet's default 2 minutes.
BenchmarkSwitcher.FromAssembly(typeof(KnowledgeGraph.Benchmarks.ExtractionBenchmarks).Assembly)
    .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)));
